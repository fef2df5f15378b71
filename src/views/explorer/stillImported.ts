import type { ExplorerParams } from "../../params/explorerParams";

/** Whether the explorer still shows what an import set (the person may have edited since). */
export function stillImported(patch: Partial<ExplorerParams>, p: ExplorerParams): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (Object.keys(patch) as (keyof ExplorerParams)[]).every((k) => same(patch[k], p[k]));
}

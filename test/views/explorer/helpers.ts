import { waitFor } from "@testing-library/react";
import { expect } from "vitest";
import { explore, type Exploration } from "../../../src/core";
import { seedParams, toExploreParams, type ExplorerParams } from "../../../src/params/explorerParams";
import { cells, renderApp } from "../render";

/** Explorer parameters from the seed with some fields changed (values given whole, not resized). */
export function params(patch: Partial<ExplorerParams>): ExplorerParams {
  return { ...seedParams(), ...patch };
}

/** Integers −3..3 from a small linear congruential sequence: varied, reproducible values. */
export function values(n: number, seed = 1): Float64Array {
  let s = seed;
  return Float64Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s % 7) - 3;
  });
}

/** The app on these parameters, once the explorer has drawn them; with the core's own result. */
export async function openExplorer(p: ExplorerParams, options: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp({ ...options, initial: { ...options.initial, params: p } });
  // A first render of every view takes over a second in jsdom on a loaded two-core machine.
  await waitFor(() => expect(app.store.getState().exploration).not.toBeNull(), { timeout: 5_000 });
  await waitFor(() => expect(document.querySelector('[data-grid="output"]')).not.toBeNull(), { timeout: 5_000 });
  const e: Exploration = explore(toExploreParams(p));
  return { ...app, e };
}

/** "r,c" of a plane index, for comparing with the grids' data-r/data-c. */
export function rc(i: number, cols: number): string {
  return `${Math.floor(i / cols)},${i % cols}`;
}

/** Plane indices (within channel `channel` of planes of `size`) as sorted "r,c". */
export function planeCells(indices: Iterable<number>, size: number, cols: number, channel = 0): string[] {
  const out = new Set<string>();
  for (const i of indices) if (Math.floor(i / size) === channel) out.add(rc(i - channel * size, cols));
  return [...out].sort();
}

/** "r,c" of the cells of a grid whose data-linked is "true", sorted. */
export function linked(grid: string): string[] {
  return cells(grid)
    .filter((el) => el.dataset.linked === "true")
    .map((el) => `${el.dataset.r},${el.dataset.c}`)
    .sort();
}

/** The cell element (r, c) of a grid. */
export function cellAt(grid: string, r: number, c: number): HTMLElement {
  const el = cells(grid).find((x) => x.dataset.r === String(r) && x.dataset.c === String(c));
  if (!el) throw new Error(`no cell ${grid}[${r},${c}]`);
  return el;
}

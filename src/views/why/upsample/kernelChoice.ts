import type { LabKernelKind as KernelKind } from "../../../model/pageSettings";
import type { KernelSpec } from "../../../worker/image/protocol";

/** How the lab's transposed convolution gets its kernel (a link's `kern` field: url/pageSettings.ts). */
export { LAB_KERNEL_KINDS as KERNEL_KINDS, type LabKernelKind as KernelKind } from "../../../model/pageSettings";

export interface KernelChoice {
  kind: KernelKind;
  /** Side of the bilinear or random kernel. */
  size: number;
  seed: number;
  /** The last typed kernel that parsed, with its side. */
  typed: { values: number[]; k: number } | null;
}

/** The worker's spec for a choice; "typed" with nothing typed yet falls back to bilinear. */
export function kernelSpec(c: KernelChoice): KernelSpec {
  if (c.kind === "random") return { kind: "random", size: c.size, seed: c.seed };
  if (c.kind === "typed" && c.typed) return { kind: "values", size: c.typed.k, values: c.typed.values };
  return { kind: "bilinear", size: c.size };
}

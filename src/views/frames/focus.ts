import type { Exploration } from "../../core";
import { columnEntries, indexesOf } from "./indexes";

/** What a person points at (hover or keyboard focus), in any view: one cell or one weight. */
export interface Focus {
  kind: "input" | "output" | "kernel";
  /** Flat index into this mode's input or output [C,H,W], or into the weight tensor. */
  index: number;
}

/**
 * Everything linked to the focus through the convolution's connectivity, i.e. through the stored
 * entries of `exploration.matrix` (rows: output cells, columns: input cells, each carrying its
 * kernel weight):
 * - an input cell: every output cell it contributes to, with the weight used for each;
 * - an output cell: every input cell and weight that contributed (its receptive field);
 * - a kernel weight: every input→output pair it links, i.e. every matrix entry carrying it.
 */
export interface Linked {
  inputs: Set<number>;
  outputs: Set<number>;
  kernel: Set<number>;
  upsampled: Set<number>;
  /** Entries of `exploration.matrix`. */
  entries: number[];
}

export const NOTHING_LINKED: Linked = {
  inputs: new Set(),
  outputs: new Set(),
  kernel: new Set(),
  upsampled: new Set(),
  entries: [],
};

export function linkedTo(e: Exploration, focus: Focus | null): Linked {
  if (!focus) return NOTHING_LINKED;
  const m = e.matrix;
  const idx = indexesOf(e);
  let entries: number[] = [];
  if (focus.kind === "output") {
    if (focus.index < 0 || focus.index >= m.rows) return NOTHING_LINKED;
    for (let i = m.rowPtr[focus.index]; i < m.rowPtr[focus.index + 1]; i++) entries.push(i);
  } else if (focus.kind === "input") {
    entries = columnEntries(e, focus.index);
  } else {
    if (focus.index < 0 || focus.index >= idx.kernelPtr.length - 1) return NOTHING_LINKED;
    entries = Array.from(idx.kernelEntries.subarray(idx.kernelPtr[focus.index], idx.kernelPtr[focus.index + 1]));
  }
  const linked: Linked = { inputs: new Set(), outputs: new Set(), kernel: new Set(), upsampled: new Set(), entries };
  for (const i of entries) {
    linked.inputs.add(m.colIdx[i]);
    linked.outputs.add(idx.entryRow[i]);
    linked.kernel.add(m.kernelIdx[i]);
    const z = idx.upsampledOf[m.colIdx[i]];
    if (z >= 0) linked.upsampled.add(z);
  }
  if (focus.kind === "input") linked.inputs.add(focus.index);
  if (focus.kind === "output") linked.outputs.add(focus.index);
  if (focus.kind === "kernel") linked.kernel.add(focus.index);
  return linked;
}

import type { Exploration } from "../core";
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
 * In transposed mode `upsampled` holds the upsampled cells of the linked inputs and, for an
 * output cell, its whole zero-insertion window (inserted zeros and border too), as a gather step
 * of the zero-insertion conv shows it.
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

/** Weights in the tensor [a, b, kH, kW]: C_in·C_out/groups kernels in either layout. */
function weightCount(e: Exploration): number {
  const g = e.geometry;
  return ((g.xC * g.yC) / g.groups) * g.kH * g.kW;
}

const lastLinked = new WeakMap<Exploration, { kind: Focus["kind"]; index: number; linked: Linked }>();

/** What `focus` links to in `e`; the last answer per exploration is kept (shared by every view, read-only). */
export function linkedTo(e: Exploration, focus: Focus | null): Linked {
  if (!focus) return NOTHING_LINKED;
  const hit = lastLinked.get(e);
  if (hit && hit.kind === focus.kind && hit.index === focus.index) return hit.linked;
  const linked = computeLinks(e, focus);
  lastLinked.set(e, { kind: focus.kind, index: focus.index, linked });
  return linked;
}

function computeLinks(e: Exploration, focus: Focus): Linked {
  const m = e.matrix;
  const idx = indexesOf(e);
  let entries: number[] = [];
  if (focus.kind === "output") {
    if (focus.index < 0 || focus.index >= m.rows) return NOTHING_LINKED;
    for (let i = m.rowPtr[focus.index]; i < m.rowPtr[focus.index + 1]; i++) entries.push(i);
  } else if (focus.kind === "input") {
    entries = columnEntries(e, focus.index);
  } else if (focus.index >= 0 && focus.index < idx.kernelPtr.length - 1) {
    entries = Array.from(idx.kernelEntries.subarray(idx.kernelPtr[focus.index], idx.kernelPtr[focus.index + 1]));
  } else if (focus.index < 0 || focus.index >= weightCount(e)) {
    return NOTHING_LINKED; // a weight that links nothing (every tap cropped) still marks itself below
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
  if (focus.kind === "output") {
    linked.outputs.add(focus.index);
    const w = e.zeroInsertion?.window;
    if (w) for (let t = focus.index * w.tapsPerStep; t < (focus.index + 1) * w.tapsPerStep; t++) linked.upsampled.add(w.tapInput[t]);
  }
  if (focus.kind === "kernel") linked.kernel.add(focus.index);
  return linked;
}

import type { Exploration } from "../../core";
import type { ExplorerParams } from "../../params/explorerParams";
import { valueFill, type Fill } from "../../format/colors";
import { receivedBefore, totalContributions } from "../frames/counts";
import type { Linked } from "../../model/focus";
import { indexesOf } from "../../model/indexes";
import { flippedIndex, kernelPlane, rotatedPlane, type Layout } from "../frames/layout";
import { markPlane, MARK_READ, MARK_WRITTEN } from "../frames/marks";
import type { Moment } from "../../model/moment";
import type { PlaneModel } from "../grid/planeModel";

/** The channels shown: one input channel and one output channel (and the kernel linking them). */
export interface Channels {
  input: number;
  output: number;
}

/** Everything the explorer's views draw at one step, derived once per (exploration, step, focus, channels). */
export interface ExplorerFrame {
  e: Exploration;
  /** The parameters the exploration was computed from: the stored (editable) input and weight. */
  params: ExplorerParams;
  layout: Layout;
  moment: Moment;
  linked: Linked;
  channels: Channels;
}

const fills = new WeakMap<ArrayLike<number>, Fill>();

/** One colour scale per tensor (cached by identity), so every channel of a map uses the same one. */
export function fillOf(values: Float64Array): Fill {
  let hit = fills.get(values);
  if (!hit) {
    hit = valueFill(values);
    fills.set(values, hit);
  }
  return hit;
}

export function inputModel(f: ExplorerFrame): PlaneModel {
  const { inH: rows, inW: cols } = f.layout;
  const size = rows * cols;
  const offset = f.channels.input * size;
  return {
    rows,
    cols,
    values: f.params.input,
    offset,
    fill: fillOf(f.params.input),
    marks: markPlane(size, offset, f.moment.inputs),
    linked: markPlane(size, offset, f.linked.inputs, 1),
    kinds: null,
    counts: null,
    totals: null,
  };
}

/**
 * The stored kernel linking the shown channels, or null when they are in different groups.
 * With the flip on, the core multiplies the 180°-rotated kernel; marks are mapped back to the
 * stored positions, so the person sees which of *their* weights are used.
 */
export function kernelModel(f: ExplorerFrame): PlaneModel | null {
  const l = f.layout;
  const plane = kernelPlane(l, f.channels.input, f.channels.output);
  if (plane < 0) return null;
  const size = l.kH * l.kW;
  const offset = plane * size;
  const map = f.params.flip ? (k: number) => flippedIndex(l, k) : undefined;
  return {
    rows: l.kH,
    cols: l.kW,
    values: f.params.weight,
    offset,
    fill: fillOf(f.params.weight),
    marks: markPlane(size, offset, f.moment.kernel, MARK_READ, map),
    linked: markPlane(size, offset, f.linked.kernel, 1, map),
    kinds: null,
    counts: null,
    totals: null,
  };
}

/**
 * The output as it stands at this step (running sums, or finished cells), with the cells this
 * step writes. In transposed mode each cell counts the contributions it has received: so far when
 * stepping by input cell or multiply-add, all of them once computed when stepping by output cell.
 */
export function outputModel(f: ExplorerFrame): PlaneModel {
  const { outH: rows, outW: cols } = f.layout;
  const size = rows * cols;
  const offset = f.channels.output * size;
  const m = f.moment;
  const { counts, totals } = countsOf(f.e, m, offset, size);
  return {
    rows,
    cols,
    values: m.output,
    offset,
    fill: fillOf(f.e.output.data),
    marks: markPlane(size, offset, m.outputs, MARK_WRITTEN),
    linked: markPlane(size, offset, f.linked.outputs, 1),
    kinds: null,
    counts,
    totals,
  };
}

const counted = new WeakMap<Moment, Map<number, { counts: Int32Array | null; totals: Int32Array | null }>>();

/**
 * Contributions received so far and in all, for the output plane at `offset` (scatter-add only),
 * cached per moment: a hover makes a new frame but not a new step, and new arrays would make the
 * grid rebuild every cell's label.
 */
function countsOf(e: Exploration, m: Moment, offset: number, size: number): { counts: Int32Array | null; totals: Int32Array | null } {
  const s = e.scatter;
  if (!s) return { counts: null, totals: null };
  let byPlane = counted.get(m);
  if (!byPlane) counted.set(m, (byPlane = new Map()));
  const hit = byPlane.get(offset);
  if (hit) return hit;
  const totals = totalContributions(s).subarray(offset, offset + size);
  let counts: Int32Array;
  if (m.granularity === "gather") {
    counts = new Int32Array(size);
    for (let i = 0; i < size; i++) if (!Number.isNaN(m.output[offset + i])) counts[i] = totals[i];
  } else {
    const limit = m.step < 0 ? 0 : m.granularity === "mac" ? m.step + 1 : (m.step + 1) * s.contribPerStep;
    counts = receivedBefore(s, offset, size, limit);
  }
  const made = { counts, totals };
  byPlane.set(offset, made);
  return made;
}

/** The zero-insertion view's upsampled, padded input (transposed mode), one channel. */
export function upsampledModel(f: ExplorerFrame): PlaneModel | null {
  const zi = f.e.zeroInsertion;
  if (!zi) return null;
  const [, rows, cols] = zi.upShape;
  const size = rows * cols;
  const offset = f.channels.input * size;
  return {
    rows,
    cols,
    values: zi.up,
    offset,
    fill: fillOf(f.params.input),
    marks: markPlane(size, offset, f.moment.upsampled),
    linked: markPlane(size, offset, f.linked.upsampled, 1),
    kinds: zi.upKind,
    counts: null,
    totals: null,
  };
}

/**
 * The 180°-rotated kernel the zero-insertion conv slides. Stepping by output cell it is a plain
 * convolution, so every weight of the window is read (most of them times a zero); otherwise the
 * marks are the same weights as the scatter view's, at their rotated positions.
 */
export function rotatedModel(f: ExplorerFrame): PlaneModel | null {
  const zi = f.e.zeroInsertion;
  if (!zi) return null;
  const l = f.layout;
  const plane = rotatedPlane(l, f.channels.input, f.channels.output);
  if (plane < 0) return null;
  const size = l.kH * l.kW;
  const offset = plane * size;
  const { rotatedOf } = indexesOf(f.e);
  const toRotated = (k: number) => rotatedOf[k];
  const m = f.moment;
  let marks: Uint8Array;
  if (m.granularity === "gather" && m.row >= 0) {
    const w = zi.window;
    marks = markPlane(size, offset, w.tapKernel.subarray(m.row * w.tapsPerStep, (m.row + 1) * w.tapsPerStep));
  } else {
    marks = markPlane(size, offset, m.kernel, MARK_READ, toRotated);
  }
  return {
    rows: l.kH,
    cols: l.kW,
    values: zi.rotatedWeight,
    offset,
    fill: fillOf(zi.rotatedWeight),
    marks,
    linked: markPlane(size, offset, f.linked.kernel, 1, toRotated),
    kinds: null,
    counts: null,
    totals: null,
  };
}

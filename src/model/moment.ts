import { entryAt, scatterStateAt, scatterStateThrough, windowStateAt, type Exploration } from "../core";
import { effectiveGranularity, stepsOf, type Granularity } from "./steps";
import { columnEntries, indexesOf } from "./indexes";

/**
 * Everything one step touches, in every view at once, so the views move together. Indices are
 * flat over whole tensors ([C,H,W] of this mode's input and output, the weight tensor, the
 * upsampled grid), and matrix rows/columns/entries refer to `exploration.matrix` (C in conv mode,
 * Cᵀ in transposed mode; its rows are output cells and its columns input cells in both).
 */
export interface Moment {
  granularity: Granularity;
  step: number;
  steps: number;
  /** The output after this step: running sums (scatter, multiply-add) or finished cells and NaN (gather). */
  output: Float64Array;
  inputs: number[];
  outputs: number[];
  /**
   * Weights multiplied with a real input value at this step (not with padding or an inserted
   * zero), so they match `entries`; a single multiply-add always shows its weight.
   */
  kernel: number[];
  /** Cells of the zero-insertion view's upsampled grid involved (transposed mode). */
  upsampled: number[];
  /** The matrix row (gather) or column (scatter) this step walks, −1 for none. */
  row: number;
  col: number;
  /** Entries of `exploration.matrix` this step multiplies. */
  entries: number[];
}

function empty(e: Exploration, granularity: Granularity, step: number, steps: number): Moment {
  const n = e.output.data.length;
  const output =
    e.mode === "transposed" && granularity !== "gather" && e.scatter ? e.scatter.initial.slice() : new Float64Array(n).fill(NaN);
  return { granularity, step, steps, output, inputs: [], outputs: [], kernel: [], upsampled: [], row: -1, col: -1, entries: [] };
}

function rowEntries(e: Exploration, row: number): number[] {
  const out: number[] = [];
  for (let i = e.matrix.rowPtr[row]; i < e.matrix.rowPtr[row + 1]; i++) out.push(i);
  return out;
}

const lastMoment = new WeakMap<Exploration, Moment>();

/**
 * The moment of step `step` at granularity `g` (clamped to what the exploration offers). The last
 * moment of each exploration is kept, so the views and the matrix that ask for the same step share
 * one computation (O(outputs · log) for a scatter step); callers must treat it as read-only.
 */
export function momentOf(e: Exploration, g: Granularity, step: number): Moment {
  const granularity = effectiveGranularity(e, g);
  const hit = lastMoment.get(e);
  if (hit && hit.granularity === granularity && hit.step === step) return hit;
  const m = computeMoment(e, granularity, step);
  lastMoment.set(e, m);
  return m;
}

function computeMoment(e: Exploration, granularity: Granularity, step: number): Moment {
  const steps = stepsOf(e, granularity);
  if (step < 0 || step >= steps) return empty(e, granularity, step, steps);
  const m: Moment = empty(e, granularity, step, steps);
  if (e.window) {
    const w = e.window;
    const n = granularity === "mac" ? Math.floor(step / w.tapsPerStep) : step;
    const first = n * w.tapsPerStep;
    const [lo, hi] = granularity === "mac" ? [step, step + 1] : [first, first + w.tapsPerStep];
    const out = w.outIndex[n];
    m.output = windowStateAt(w, n - 1);
    m.output[out] = granularity === "mac" ? w.tapRunning[step] : w.output[out];
    m.outputs = [out];
    m.row = out;
    for (let t = lo; t < hi; t++) {
      if (w.tapInput[t] >= 0) m.inputs.push(w.tapInput[t]);
      if (w.tapInput[t] >= 0 || granularity === "mac") m.kernel.push(w.tapKernel[t]);
    }
    m.entries = granularity === "mac" ? m.inputs.map((i) => entryAt(e.matrix, out, i)) : rowEntries(e, out);
    return m;
  }
  const s = e.scatter;
  const zi = e.zeroInsertion;
  if (!s || !zi) return m;
  const { upsampledOf } = indexesOf(e);
  if (granularity === "gather") {
    const w = zi.window;
    const first = step * w.tapsPerStep;
    m.output = windowStateAt(w, step);
    m.outputs = [w.outIndex[step]];
    m.row = w.outIndex[step];
    for (let t = first; t < first + w.tapsPerStep; t++) {
      const z = w.tapInput[t];
      m.upsampled.push(z);
      const source = zi.upSource[z];
      if (source >= 0) {
        m.inputs.push(source);
        m.kernel.push(zi.rotatedFrom[w.tapKernel[t]]);
      }
    }
    m.entries = rowEntries(e, m.row);
    return m;
  }
  const n = granularity === "mac" ? Math.floor(step / s.contribPerStep) : step;
  const [lo, hi] = granularity === "mac" ? [step, step + 1] : [n * s.contribPerStep, (n + 1) * s.contribPerStep];
  m.output = granularity === "mac" ? scatterStateThrough(s, step) : scatterStateAt(s, n);
  m.inputs = [s.inIndex[n]];
  m.col = s.inIndex[n];
  if (upsampledOf[m.col] >= 0) m.upsampled = [upsampledOf[m.col]];
  for (let c = lo; c < hi; c++) {
    m.kernel.push(s.kernel[c]);
    if (s.target[c] >= 0) m.outputs.push(s.target[c]);
  }
  if (granularity === "mac") {
    m.row = m.outputs.length ? m.outputs[0] : -1;
    m.entries = m.row >= 0 ? [entryAt(e.matrix, m.row, m.col)] : [];
  } else {
    m.entries = columnEntries(e, m.col);
  }
  return m;
}

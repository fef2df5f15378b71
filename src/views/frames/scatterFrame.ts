import { coverage, scatterStateAt, type ScatterTrace } from "../../core";

/**
 * What the transposed view draws at one step, read from the scatter trace without replay.
 * Positions are flat indices into the planes shown (channel 0 of input and output, weight[0, 0]).
 */
export interface ScatterFrame {
  step: number;
  steps: number;
  /** The output plane's running sums after this step (before step 0: the initial bias, 0). */
  output: Float64Array;
  /** Contributions each output cell has received up to this step, and in all. */
  received: Int32Array;
  total: Int32Array;
  /** The input cell this step reads, or −1. */
  readInput: number;
  inR: number;
  inC: number;
  inValue: number;
  readKernel: ReadonlySet<number>;
  /** Output cells written at this step, with the amount each receives. */
  written: ReadonlyMap<number, number>;
  /** value · w for the shown kernel plane: what this step adds, laid out like the kernel. */
  added: Float64Array;
  /** Rows and columns of the footprint that land inside the output, or null. */
  rows: [number, number] | null;
  cols: [number, number] | null;
}

/** How many of cell j's contributions (step-ordered indices) are below `limit`: a binary search. */
function receivedBefore(trace: ScatterTrace, j: number, limit: number): number {
  let lo = trace.cellPtr[j];
  let hi = trace.cellPtr[j + 1];
  const start = lo;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (trace.cellContrib[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - start;
}

export function scatterFrame(trace: ScatterTrace, step: number, y: Float64Array, kernelArea: number): ScatterFrame {
  const [, xH, xW] = trace.outShape;
  const [, , yW] = trace.inShape;
  const plane = xH * xW;
  const output = scatterStateAt(trace, step).subarray(0, plane);
  const limit = (step + 1) * trace.contribPerStep;
  const received = new Int32Array(plane);
  for (let j = 0; j < plane; j++) received[j] = receivedBefore(trace, j, limit);
  const total = coverage(trace).subarray(0, plane);
  const added = new Float64Array(kernelArea).fill(NaN);
  const base = {
    step, steps: trace.steps, output, received, total, added,
    readInput: -1, inR: -1, inC: -1, inValue: NaN, readKernel: new Set<number>(),
    written: new Map<number, number>(), rows: null, cols: null,
  };
  if (step < 0 || step >= trace.steps) return base;
  const flat = trace.inIndex[step];
  const inPlane = trace.inShape[1] * yW;
  const readKernel = new Set<number>();
  const written = new Map<number, number>();
  let rows: [number, number] | null = null;
  let cols: [number, number] | null = null;
  const first = step * trace.contribPerStep;
  for (let t = first; t < first + trace.contribPerStep; t++) {
    const k = trace.kernel[t];
    if (k < kernelArea) {
      readKernel.add(k);
      added[k] = trace.contribution[t];
    }
    const j = trace.target[t];
    if (j >= 0 && j < plane) {
      written.set(j, (written.get(j) ?? 0) + trace.contribution[t]);
      const r = trace.targetY[t];
      const c = trace.targetX[t];
      rows = rows ? [Math.min(rows[0], r), Math.max(rows[1], r)] : [r, r];
      cols = cols ? [Math.min(cols[0], c), Math.max(cols[1], c)] : [c, c];
    }
  }
  const within = flat % inPlane;
  return {
    ...base,
    readInput: flat < inPlane ? flat : -1,
    inR: Math.floor(within / yW),
    inC: within % yW,
    inValue: y[flat],
    readKernel,
    written,
    rows,
    cols,
  };
}

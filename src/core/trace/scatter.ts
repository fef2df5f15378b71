import type { ConvGeometry } from "../shape";

/**
 * The scatter-add trace of conv_transpose2d on one batch item: one step per input cell (y), in
 * row-major [yC, yH, yW] order. Each step makes exactly `contribPerStep` = (xC/groups)·kH·kW
 * contributions, one per kernel weight; a contribution that lands outside the output (cropped by
 * padding) is kept with target −1 so a view can show the whole footprint. Contribution t of step n
 * lives at index n·contribPerStep + t.
 */
export interface ScatterTrace {
  kind: "scatter";
  /** [C, H, W] of the input that scatters (y). */
  inShape: [number, number, number];
  /** [C, H, W] of the output that accumulates (x). */
  outShape: [number, number, number];
  steps: number;
  contribPerStep: number;
  /** Flat input index read by step n (row-major, so inIndex[n] = n). */
  inIndex: Int32Array;
  /** Output channel, row and column each contribution aims at; row/column may lie outside (cropped). */
  targetChannel: Int32Array;
  targetY: Int32Array;
  targetX: Int32Array;
  /** Flat output index written, or −1 when padding crops that position away. */
  target: Int32Array;
  /** Flat weight index [yC, xC/groups, kH, kW] used by each contribution. */
  kernel: Int32Array;
  /** input · weight for each contribution. */
  contribution: Float64Array;
  /** The target cell's running sum right after this contribution (NaN when cropped). */
  after: Float64Array;
  /** The output before step 0: the bias of each cell's channel (or 0). */
  initial: Float64Array;
  /** Contributions received by output cell j, in step order: cellContrib[cellPtr[j] .. cellPtr[j+1]). */
  cellPtr: Int32Array;
  cellContrib: Int32Array;
  /** The final output. */
  output: Float64Array;
}

/** Contributions a scatter trace holds: the budget the worker checks before building one. */
export function scatterTraceEntries(g: ConvGeometry): number {
  return g.yC * g.yH * g.yW * (g.xC / g.groups) * g.kH * g.kW;
}

/**
 * Builds the scatter trace of conv_transpose2d for one batch item (`y` holds yC·yH·yW values).
 * Cost: O(contributions) time and about 50 bytes per contribution.
 */
export function scatterTrace(
  g: ConvGeometry,
  y: Float64Array,
  weight: Float64Array,
  bias: Float64Array | null,
): ScatterTrace {
  const { xC, xH, xW, yC, yH, yW, kH, kW, sH, sW, pH, pW, dH, dW, groups } = g;
  const cInG = yC / groups;
  const cOutG = xC / groups;
  const steps = yC * yH * yW;
  const per = cOutG * kH * kW;
  const total = steps * per;
  const outputs = xC * xH * xW;
  const inIndex = new Int32Array(steps);
  const targetChannel = new Int32Array(total);
  const targetY = new Int32Array(total);
  const targetX = new Int32Array(total);
  const target = new Int32Array(total);
  const kernel = new Int32Array(total);
  const contribution = new Float64Array(total);
  const after = new Float64Array(total);
  const initial = new Float64Array(outputs);
  if (bias) for (let c = 0; c < xC; c++) initial.fill(bias[c], c * xH * xW, (c + 1) * xH * xW);
  const state = initial.slice();
  const cellPtr = new Int32Array(outputs + 1);
  let t = 0;
  for (let ci = 0; ci < yC; ci++) {
    const group = Math.floor(ci / cInG);
    for (let iy = 0; iy < yH; iy++) {
      for (let ix = 0; ix < yW; ix++) {
        const n = (ci * yH + iy) * yW + ix;
        inIndex[n] = n;
        const v = y[n];
        for (let cl = 0; cl < cOutG; cl++) {
          const xc = group * cOutG + cl;
          for (let ky = 0; ky < kH; ky++) {
            const oy = iy * sH - pH + ky * dH;
            for (let kx = 0; kx < kW; kx++, t++) {
              const ox = ix * sW - pW + kx * dW;
              const k = ((ci * cOutG + cl) * kH + ky) * kW + kx;
              const c = v * weight[k];
              targetChannel[t] = xc;
              targetY[t] = oy;
              targetX[t] = ox;
              kernel[t] = k;
              contribution[t] = c;
              if (oy >= 0 && oy < xH && ox >= 0 && ox < xW) {
                const j = (xc * xH + oy) * xW + ox;
                target[t] = j;
                state[j] += c;
                after[t] = state[j];
                cellPtr[j + 1]++;
              } else {
                target[t] = -1;
                after[t] = NaN;
              }
            }
          }
        }
      }
    }
  }
  for (let j = 0; j < outputs; j++) cellPtr[j + 1] += cellPtr[j];
  const cellContrib = new Int32Array(cellPtr[outputs]);
  const next = cellPtr.slice(0, outputs);
  for (let c = 0; c < total; c++) {
    const j = target[c];
    if (j >= 0) cellContrib[next[j]++] = c;
  }
  return {
    kind: "scatter",
    inShape: [yC, yH, yW],
    outShape: [xC, xH, xW],
    steps,
    contribPerStep: per,
    inIndex,
    targetChannel,
    targetY,
    targetX,
    target,
    kernel,
    contribution,
    after,
    initial,
    cellPtr,
    cellContrib,
    output: state,
  };
}

/**
 * The whole output's running sums after step n (n = −1: before any step), read without replay:
 * each cell's value is `after` of its last contribution from a step ≤ n, found by binary search in
 * its step-ordered list. O(outputs · log(contributions per cell)).
 */
export function scatterStateAt(trace: ScatterTrace, n: number): Float64Array {
  return scatterStateThrough(trace, (n + 1) * trace.contribPerStep - 1);
}

/**
 * The whole output's running sums after contribution c (one multiply-add; c = −1: before any),
 * read without replay like scatterStateAt.
 */
export function scatterStateThrough(trace: ScatterTrace, c: number): Float64Array {
  const out = trace.initial.slice();
  const limit = c + 1; // contributions with index < limit have been added
  const { cellPtr, cellContrib, after } = trace;
  for (let j = 0; j < out.length; j++) {
    let lo = cellPtr[j];
    let hi = cellPtr[j + 1] - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cellContrib[mid] < limit) {
        found = cellContrib[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0) out[j] = after[found];
  }
  return out;
}

/** How many contributions each output cell receives: the coverage behind checkerboard artifacts. */
export function coverage(trace: ScatterTrace): Int32Array {
  const out = new Int32Array(trace.cellPtr.length - 1);
  for (let j = 0; j < out.length; j++) out[j] = trace.cellPtr[j + 1] - trace.cellPtr[j];
  return out;
}

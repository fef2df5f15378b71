import type { ConvGeometry } from "../shape";

/**
 * The sliding-window (gather) trace of conv2d on one batch item: one step per output cell, in
 * row-major [yC, yH, yW] order, each with exactly `tapsPerStep` = (xC/groups)·kH·kW taps.
 * Tap t of step n lives at index n·tapsPerStep + t of every tap array, so any step is read directly
 * without replaying the ones before it.
 */
export interface WindowTrace {
  kind: "window";
  /** [C, H, W] of the grid the window slides over (x). */
  inShape: [number, number, number];
  /** [C, H, W] of the output (y). */
  outShape: [number, number, number];
  steps: number;
  tapsPerStep: number;
  /** Flat output index written by step n (row-major, so outIndex[n] = n). */
  outIndex: Int32Array;
  /** Input channel, row and column under each tap; row/column may lie in the padding. */
  tapChannel: Int32Array;
  tapY: Int32Array;
  tapX: Int32Array;
  /** Flat input index under each tap, or -1 where the tap lies on zero padding. */
  tapInput: Int32Array;
  /** Flat weight index [yC, xC/groups, kH, kW] of each tap. */
  tapKernel: Int32Array;
  /** input · weight for each tap (0 on padding). */
  tapProduct: Float64Array;
  /** bias + the products up to and including this tap, within its step. */
  tapRunning: Float64Array;
  /** The final output: the running sum after each step's last tap. */
  output: Float64Array;
}

/** Taps a window trace holds: the budget the worker checks before building one. */
export function windowTraceEntries(g: ConvGeometry): number {
  return g.yC * g.yH * g.yW * (g.xC / g.groups) * g.kH * g.kW;
}

/**
 * Builds the window trace of conv2d for one batch item (`x` holds xC·xH·xW values).
 * Cost: O(steps · tapsPerStep) time and about 40 bytes per tap.
 */
export function windowTrace(
  g: ConvGeometry,
  x: Float64Array,
  weight: Float64Array,
  bias: Float64Array | null,
): WindowTrace {
  const { xC, xH, xW, yC, yH, yW, kH, kW, sH, sW, pH, pW, dH, dW, groups } = g;
  const cInG = xC / groups;
  const cOutG = yC / groups;
  const steps = yC * yH * yW;
  const taps = cInG * kH * kW;
  const total = steps * taps;
  const outIndex = new Int32Array(steps);
  const tapChannel = new Int32Array(total);
  const tapY = new Int32Array(total);
  const tapX = new Int32Array(total);
  const tapInput = new Int32Array(total);
  const tapKernel = new Int32Array(total);
  const tapProduct = new Float64Array(total);
  const tapRunning = new Float64Array(total);
  const output = new Float64Array(steps);
  let t = 0;
  for (let co = 0; co < yC; co++) {
    const group = Math.floor(co / cOutG);
    for (let oy = 0; oy < yH; oy++) {
      for (let ox = 0; ox < yW; ox++) {
        const n = (co * yH + oy) * yW + ox;
        outIndex[n] = n;
        let sum = bias ? bias[co] : 0;
        for (let cl = 0; cl < cInG; cl++) {
          const xc = group * cInG + cl;
          for (let ky = 0; ky < kH; ky++) {
            const iy = oy * sH - pH + ky * dH;
            const rowInside = iy >= 0 && iy < xH;
            for (let kx = 0; kx < kW; kx++, t++) {
              const ix = ox * sW - pW + kx * dW;
              const k = ((co * cInG + cl) * kH + ky) * kW + kx;
              tapChannel[t] = xc;
              tapY[t] = iy;
              tapX[t] = ix;
              tapKernel[t] = k;
              if (rowInside && ix >= 0 && ix < xW) {
                const idx = (xc * xH + iy) * xW + ix;
                const prod = x[idx] * weight[k];
                tapInput[t] = idx;
                tapProduct[t] = prod;
                sum += prod;
              } else {
                tapInput[t] = -1;
              }
              tapRunning[t] = sum;
            }
          }
        }
        output[n] = sum;
      }
    }
  }
  return {
    kind: "window",
    inShape: [xC, xH, xW],
    outShape: [yC, yH, yW],
    steps,
    tapsPerStep: taps,
    outIndex,
    tapChannel,
    tapY,
    tapX,
    tapInput,
    tapKernel,
    tapProduct,
    tapRunning,
    output,
  };
}

/**
 * The output as it stands after step n (n = −1: before any step): cells of steps ≤ n hold their
 * final value, the others NaN ("not computed yet"). O(steps), no replay.
 */
export function windowStateAt(trace: WindowTrace, n: number): Float64Array {
  const out = new Float64Array(trace.steps).fill(NaN);
  const last = Math.min(n, trace.steps - 1);
  for (let s = 0; s <= last; s++) out[trace.outIndex[s]] = trace.output[trace.outIndex[s]];
  return out;
}

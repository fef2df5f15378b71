import { windowStateAt, type WindowTrace } from "../../core";

/** One product of a window step: input · weight, and the running sum after it. */
export interface Term {
  input: number;
  weight: number;
  product: number;
  running: number;
  /** The tap lies on zero padding (its input is 0 and it has no cell on the grid). */
  padding: boolean;
}

/**
 * What the conv view draws at one step, read from the window trace without replay. Positions are
 * flat indices into the planes shown (channel 0 of the input, output and weight[0, 0]).
 */
export interface ConvFrame {
  step: number;
  steps: number;
  /** The output plane after this step; NaN marks cells not computed yet. */
  output: Float64Array;
  readInput: ReadonlySet<number>;
  readKernel: ReadonlySet<number>;
  /** The output cell this step writes, or −1 (before the first step, or another channel). */
  written: number;
  outR: number;
  outC: number;
  terms: Term[];
  bias: number;
  /** The value the step writes: bias + Σ terms. */
  value: number;
}

const NONE: ReadonlySet<number> = new Set();

export function convFrame(
  trace: WindowTrace,
  step: number,
  x: Float64Array,
  weight: Float64Array,
  bias: Float64Array | null,
  kernelArea: number,
): ConvFrame {
  const [, yH, yW] = trace.outShape;
  const plane = yH * yW;
  const output = windowStateAt(trace, step).subarray(0, plane);
  if (step < 0 || step >= trace.steps) {
    return {
      step, steps: trace.steps, output, readInput: NONE, readKernel: NONE,
      written: -1, outR: -1, outC: -1, terms: [], bias: 0, value: NaN,
    };
  }
  const flat = trace.outIndex[step];
  const channel = Math.floor(flat / plane);
  const within = flat - channel * plane;
  const readInput = new Set<number>();
  const readKernel = new Set<number>();
  const terms: Term[] = [];
  const first = step * trace.tapsPerStep;
  for (let t = first; t < first + trace.tapsPerStep; t++) {
    const i = trace.tapInput[t];
    const k = trace.tapKernel[t];
    if (i >= 0 && trace.tapChannel[t] === 0) readInput.add(i);
    if (k < kernelArea) readKernel.add(k);
    terms.push({
      input: i >= 0 ? x[i] : 0,
      weight: weight[k],
      product: trace.tapProduct[t],
      running: trace.tapRunning[t],
      padding: i < 0,
    });
  }
  return {
    step,
    steps: trace.steps,
    output,
    readInput,
    readKernel,
    written: channel === 0 ? within : -1,
    outR: Math.floor(within / yW),
    outC: within % yW,
    terms,
    bias: bias ? bias[channel] : 0,
    value: trace.output[flat],
  };
}

import { UP_BORDER, UP_INSERTED_ZERO, type ScatterTrace, type WindowTrace, type ZeroInsertionTrace } from "../../core";

/** What a window tap multiplies: an input value, an inserted zero, the border, or conv padding. */
export type TermKind = "value" | "inserted" | "border" | "padding";

/** One product of a window step: input · weight, and the running sum after it. */
export interface Term {
  input: number;
  weight: number;
  product: number;
  running: number;
  kind: TermKind;
}

/** A gather step written out: out = bias + Σ terms, through tap `last`. */
export interface WindowSum {
  /** The flat output index the step writes. */
  out: number;
  bias: number;
  terms: Term[];
  /** Terms of the whole step (terms may stop earlier, at a single multiply-add). */
  total: number;
  /** The running sum after the last term shown (the bias before any). */
  value: number;
}

/**
 * Terms of gather step n of a window trace, through tap `last` (inclusive; a multiply-add step
 * stops mid-window). `x` and `weight` are the values the trace multiplied; `kindOf` names what an
 * input index holds (the upsampled grid's inserted zeros and border), padding taps have index −1.
 */
export function windowSum(
  w: WindowTrace,
  n: number,
  last: number,
  x: ArrayLike<number>,
  weight: ArrayLike<number>,
  bias: ArrayLike<number> | null,
  kindOf: (input: number) => TermKind = () => "value",
): WindowSum {
  const out = w.outIndex[n];
  const first = n * w.tapsPerStep;
  const end = Math.min(last, first + w.tapsPerStep - 1);
  const channel = Math.floor(out / (w.outShape[1] * w.outShape[2]));
  const b = bias ? bias[channel] : 0;
  const terms: Term[] = [];
  for (let t = first; t <= end; t++) {
    const i = w.tapInput[t];
    terms.push({
      input: i >= 0 ? x[i] : 0,
      weight: weight[w.tapKernel[t]],
      product: w.tapProduct[t],
      running: w.tapRunning[t],
      kind: i < 0 ? "padding" : kindOf(i),
    });
  }
  return { out, bias: b, terms, total: w.tapsPerStep, value: end >= first ? w.tapRunning[end] : b };
}

/** The kind of an upsampled cell, for the zero-insertion conv's terms. */
export function upsampledKind(zi: ZeroInsertionTrace): (z: number) => TermKind {
  return (z) => (zi.upKind[z] === UP_INSERTED_ZERO ? "inserted" : zi.upKind[z] === UP_BORDER ? "border" : "value");
}

/** One contribution of a scatter step: input · weight added into one output position. */
export interface Contribution {
  kernel: number;
  /** Flat output index, or −1 when padding crops the position away. */
  target: number;
  channel: number;
  y: number;
  x: number;
  amount: number;
}

/** A scatter step written out: y[input] = value, times every weight of its kernels. */
export interface ScatterSum {
  input: number;
  value: number;
  contributions: Contribution[];
  /** The contribution a multiply-add step is at (index into contributions), or −1 for the whole step. */
  current: number;
}

/** Contributions of scatter step n; `mac` (a contribution index) marks the one a multiply-add step is at. */
export function scatterSum(s: ScatterTrace, n: number, y: ArrayLike<number>, mac = -1): ScatterSum {
  const input = s.inIndex[n];
  const first = n * s.contribPerStep;
  const contributions: Contribution[] = [];
  for (let c = first; c < first + s.contribPerStep; c++) {
    contributions.push({
      kernel: s.kernel[c],
      target: s.target[c],
      channel: s.targetChannel[c],
      y: s.targetY[c],
      x: s.targetX[c],
      amount: s.contribution[c],
    });
  }
  return { input, value: y[input], contributions, current: mac >= 0 ? mac - first : -1 };
}

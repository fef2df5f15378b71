import { convInputSizesFor } from "../../core";
import type { Mode } from "../../core";

/** One axis of the output-size formula: the numbers a person set, in the formula's letters. */
export interface AxisNumbers {
  /** Input size along this axis. */
  i: number;
  k: number;
  s: number;
  p: number;
  d: number;
  /** output_padding (transposed convolution only; 0 in conv mode). */
  op: number;
}

/** The formula worked through for one axis: the substituted terms, one simplified step, the result. */
export interface AxisFormula {
  mode: Mode;
  n: AxisNumbers;
  /** conv: the numerator i + 2p − d(k−1) − 1; transposed: (i−1)s. */
  first: number;
  /** conv: ⌊numerator / s⌋; transposed: d(k−1). */
  second: number;
  /** The output size o. */
  o: number;
  /**
   * The conv input sizes that share one conv output size: in conv mode those that give this o,
   * in transposed mode those the forward conv maps to this input i (the sizes output_padding
   * picks between). Sizes below 1 are left out.
   */
  inputSizes: number[];
}

/**
 * The output size of one axis, worked the way the formula reads:
 * conv o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 (Dumoulin & Visin, relationship 6),
 * transposed o = (i−1)s − 2p + d(k−1) + output_padding + 1 (PyTorch ConvTranspose2d).
 * For valid parameters only (the store holds no others).
 */
export function axisFormula(mode: Mode, n: AxisNumbers): AxisFormula {
  const { i, k, s, p, d, op } = n;
  if (mode === "conv") {
    const first = i + 2 * p - d * (k - 1) - 1;
    const second = Math.floor(first / s);
    const o = second + 1;
    return { mode, n, first, second, o, inputSizes: convInputSizesFor(o, k, s, p, d) };
  }
  const first = (i - 1) * s;
  const second = d * (k - 1);
  const o = first - 2 * p + second + op + 1;
  return { mode, n, first, second, o, inputSizes: convInputSizesFor(i, k, s, p, d) };
}

/** What a conv with the same geometry makes of size x: the size a transposed output maps back to. */
export function convBack(x: number, n: AxisNumbers): number {
  return Math.floor((x + 2 * n.p - n.d * (n.k - 1) - 1) / n.s) + 1;
}

export function sameNumbers(a: AxisNumbers, b: AxisNumbers): boolean {
  return a.i === b.i && a.k === b.k && a.s === b.s && a.p === b.p && a.d === b.d && a.op === b.op;
}

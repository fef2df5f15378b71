import type { ExploreParams, Pair, Tensor } from "../core";

/**
 * One convolution, x ∗ w → y, from which both directions are built: conv mode explores it as is,
 * the reverse runs conv_transpose2d on its output y with the same kernel and geometry.
 */
export interface ConvConfig {
  /** The conv input x, [C, H, W]. */
  x: Tensor;
  /** [yC, xC/groups, kH, kW]: conv2d's layout, which conv_transpose2d reads the same way. */
  weight: Tensor;
  bias: Float64Array | null;
  stride: Pair;
  padding: Pair;
  dilation: Pair;
  groups: number;
}

function rowsOf(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flat());
}

/** The tutorial's figure: every input row is 1 2 3 4, a 3×3 all-ones kernel, stride 1, padding 0. */
export function seedConfig(): ConvConfig {
  return {
    x: { shape: [1, 4, 4], data: rowsOf([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]) },
    weight: { shape: [1, 1, 3, 3], data: new Float64Array(9).fill(1) },
    bias: null,
    stride: [1, 1],
    padding: [0, 0],
    dilation: [1, 1],
    groups: 1,
  };
}

/** The forward direction: conv2d(x, w). */
export function convParams(c: ConvConfig): ExploreParams {
  return {
    mode: "conv",
    input: c.x,
    weight: c.weight,
    bias: c.bias,
    stride: c.stride,
    padding: c.padding,
    dilation: c.dilation,
    outputPadding: [0, 0],
    groups: c.groups,
  };
}

/**
 * output_padding that makes conv_transpose2d give back x's size, when PyTorch allows it
 * (0 ≤ op < max(s, d)); otherwise 0. From o = (i−1)s − 2p + d(k−1) + op + 1 (PyTorch docs).
 */
export function restoringOutputPadding(x: number, y: number, k: number, s: number, p: number, d: number): number {
  const op = x - ((y - 1) * s - 2 * p + d * (k - 1) + 1);
  return op >= 0 && op < Math.max(s, d) ? op : 0;
}

/**
 * The reverse direction: conv_transpose2d(y, w) with the conv's geometry, no bias. Its output has
 * x's shape and x's connectivity, never x's values.
 */
export function reverseParams(c: ConvConfig, y: Tensor): ExploreParams {
  const [, xH, xW] = c.x.shape;
  const [, yH, yW] = y.shape;
  const [, , kH, kW] = c.weight.shape;
  return {
    mode: "transposed",
    input: y,
    weight: c.weight,
    bias: null,
    stride: c.stride,
    padding: c.padding,
    dilation: c.dilation,
    outputPadding: [
      restoringOutputPadding(xH, yH, kH, c.stride[0], c.padding[0], c.dilation[0]),
      restoringOutputPadding(xW, yW, kW, c.stride[1], c.padding[1], c.dilation[1]),
    ],
    groups: c.groups,
  };
}

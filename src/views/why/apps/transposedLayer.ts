import { seedParams, type ExplorerParams } from "../../../params/explorerParams";

/**
 * A transposed convolution for the explorer, one channel in and out, on a small input numbered
 * 1, 2, 3, … row by row (so every scattered copy can be told apart) and an all-ones k×k kernel:
 * the shape of a network's layer, at a size one can step through.
 */
export function transposedLayer(g: { inSize: number; kernel: number; stride: number; padding: number; outputPadding: number }, maxSide = 4): ExplorerParams {
  const side = Math.max(1, Math.min(g.inSize, maxSide));
  return {
    ...seedParams(),
    mode: "transposed",
    inC: 1,
    outC: 1,
    inH: side,
    inW: side,
    kH: g.kernel,
    kW: g.kernel,
    groups: 1,
    stride: [g.stride, g.stride],
    padding: [g.padding, g.padding],
    dilation: [1, 1],
    outputPadding: [g.outputPadding, g.outputPadding],
    input: Float64Array.from({ length: side * side }, (_, i) => i + 1),
    weight: new Float64Array(g.kernel * g.kernel).fill(1),
    bias: null,
    flip: false,
  };
}

import { seedParams, withChange, type ExplorerParams } from "../../../params/explorerParams";

/** One transposed-convolution layer of a coverage stack, as the explorer should show it. */
export interface LayerLink {
  /** The layer's input: all ones for the first layer, the previous layer's counts after that. */
  input: Float64Array;
  inH: number;
  inW: number;
  /** Kernel height and width (1 × k in 1D), all ones, so the output is the coverage count. */
  kH: number;
  kW: number;
  stride: [number, number];
}

/**
 * The explorer's parameters for one coverage layer: transposed mode, one channel, an all-ones
 * kernel, padding 0. Its output is then exactly the coverage map after this layer.
 */
export function layerParams(layer: LayerLink): ExplorerParams {
  return withChange(seedParams(), {
    mode: "transposed",
    inC: 1,
    outC: 1,
    groups: 1,
    inH: layer.inH,
    inW: layer.inW,
    kH: layer.kH,
    kW: layer.kW,
    stride: layer.stride,
    padding: [0, 0],
    dilation: [1, 1],
    outputPadding: [0, 0],
    input: layer.input,
    weight: new Float64Array(layer.kH * layer.kW).fill(1),
    bias: null,
    flip: false,
  });
}

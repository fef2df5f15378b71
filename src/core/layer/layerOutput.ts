import type { Tensor } from "../tensor";
import type { ConvGeometry } from "../shape";
import { conv2dRaw } from "../conv";
import { convTranspose2dRaw } from "../convTranspose";
import type { ImportedLayer } from "./importLayer";
import { layerGeometry } from "./layerGeometry";
import { refuse } from "./problems";

const shapeText = (s: readonly number[]) => `[${s.join(", ")}]`;

function checkShape(name: "x" | "w", t: Tensor, dims: readonly number[]): void {
  const n = t.shape.reduce((a, b) => a * b, 1);
  if (!dims.includes(t.shape.length) || t.shape.some((d) => !Number.isInteger(d) || d < 1) || t.data.length !== n) {
    refuse(
      "layer.tensor",
      { name, dims: dims.join(" or "), shape: shapeText(t.shape) },
      `${name} must be a tensor of ${dims.join(" or ")} dimensions with a value per cell (got shape ${shapeText(t.shape)})`,
    );
  }
}

type MismatchCode = "layer.kernelMismatch" | "layer.channelMismatch" | "layer.weightShape" | "layer.outChannelsMismatch" | "layer.biasLength";

const MISMATCH_TEXT: Record<MismatchCode, string> = {
  "layer.kernelMismatch": "the weight's kernel size",
  "layer.channelMismatch": "the input's channel count",
  "layer.weightShape": "the weight's shape",
  "layer.outChannelsMismatch": "the weight's output channel count",
  "layer.biasLength": "the bias length",
};

function mismatch(layer: ImportedLayer, code: MismatchCode, expected: string | number, got: string | number): never {
  return refuse(code, { layer: layer.name, expected, got }, `${layer.name}: ${MISMATCH_TEXT[code]} must be ${expected} (got ${got})`);
}

/**
 * The geometry the core computes an imported layer with, for input x [N, C, H, W] (or [C, H, W])
 * and weight w in PyTorch's layout: [C_out, C_in/groups, kH, kW] for a convolution,
 * [C_in, C_out/groups, kH, kW] for a transposed one. The per-side padding or crop may be
 * negative here (ONNX Runtime's SAME with a kernel smaller than the stride, an output_shape or
 * Keras' output_padding that extends the result), which the raw kernels handle as shifted links.
 */
export function layerConvGeometry(layer: ImportedLayer, x: Tensor, w: Tensor, bias?: Float64Array | null): ConvGeometry {
  checkShape("x", x, [3, 4]);
  checkShape("w", w, [4]);
  const batched = x.shape.length === 4;
  const [N, C, H, W] = batched ? x.shape : [1, ...x.shape];
  const [w0, w1, kH, kW] = w.shape;
  if (kH !== layer.kernel[0] || kW !== layer.kernel[1]) {
    mismatch(layer, "layer.kernelMismatch", `${layer.kernel[0]}×${layer.kernel[1]}`, `${kH}×${kW}`);
  }
  const g = layer.groups;
  if (C % g !== 0) refuse("layer.groupsMismatch", { layer: layer.name, groups: g, channels: C }, `${layer.name}: groups=${g} must divide the channel counts (${C})`);
  if (layer.inChannels !== null && layer.inChannels !== C) mismatch(layer, "layer.channelMismatch", layer.inChannels, C);
  const transposed = layer.kind === "convTranspose2d";
  const outC = transposed ? w1 * g : w0;
  if (transposed ? w0 !== C : w1 * g !== C) {
    mismatch(layer, "layer.weightShape", transposed ? `[${C}, C_out/${g}, ${kH}, ${kW}]` : `[C_out, ${C / g}, ${kH}, ${kW}]`, shapeText(w.shape));
  }
  if (outC % g !== 0) refuse("layer.groupsMismatch", { layer: layer.name, groups: g, channels: outC }, `${layer.name}: groups=${g} must divide the channel counts (${outC})`);
  if (layer.outChannels !== null && layer.outChannels !== outC) mismatch(layer, "layer.outChannelsMismatch", layer.outChannels, outC);
  if (bias != null && bias.length !== outC) mismatch(layer, "layer.biasLength", outC, bias.length);
  const geo = layerGeometry(layer, [H, W]);
  const { top, bottom, left, right } = geo.sides;
  const [outH, outW] = geo.outputSize;
  const common = {
    batch: N,
    batched,
    kH,
    kW,
    groups: g,
    sH: layer.stride[0],
    sW: layer.stride[1],
    pH: top,
    pW: left,
    pB: bottom,
    pR: right,
    dH: layer.dilation[0],
    dW: layer.dilation[1],
    opH: 0,
    opW: 0,
  };
  return transposed
    ? { ...common, xC: outC, xH: outH, xW: outW, yC: C, yH: H, yW: W }
    : { ...common, xC: C, xH: H, xW: W, yC: outC, yH: outH, yW: outW };
}

/**
 * The output of an imported layer exactly as its framework computes it, asymmetric crops and
 * all, in float64: x is [N, C, H, W] (or [C, H, W]), w in PyTorch's layout whatever the
 * framework (Keras' [kH, kW, in, out] / [kH, kW, out, in] and ONNX's layouts are PyTorch's up to
 * a transpose), b one value per output channel. Throws a ProblemError (layer.*) on a mismatch.
 */
export function layerOutput(layer: ImportedLayer, x: Tensor, w: Tensor, b?: Float64Array | null): Tensor {
  const g = layerConvGeometry(layer, x, w, b);
  const bias = b ?? null;
  if (layer.kind === "conv2d") {
    const data = conv2dRaw(g, x.data, w.data, bias);
    return { shape: g.batched ? [g.batch, g.yC, g.yH, g.yW] : [g.yC, g.yH, g.yW], data };
  }
  const data = convTranspose2dRaw(g, x.data, w.data, bias);
  return { shape: g.batched ? [g.batch, g.xC, g.xH, g.xW] : [g.xC, g.xH, g.xW], data };
}

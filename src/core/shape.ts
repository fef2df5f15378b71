/**
 * Output sizes and parameter validation, with PyTorch's rules and clear messages.
 *
 * Throughout the core, "x" is the large side of a convolution (conv2d's input, conv_transpose2d's
 * output) and "y" the small side (conv2d's output, conv_transpose2d's input). Both operations share
 * one weight layout, [yC, xC/groups, kH, kW], and one geometry: y[cy, oy, ox] is connected to
 * x[cx, oy·s − p + ky·d, ox·s − p + kx·d]. conv2d gathers along those links; conv_transpose2d
 * scatters back along the same links, which is why it is the adjoint (transpose) of conv2d.
 *
 * Padding may differ per side: p in the links is the top (or left) padding, and the bottom (or
 * right) padding only changes the sizes. PyTorch pads symmetrically; Keras' and ONNX's "same"
 * and ONNX's explicit pads do not, and they all reduce to this one geometry (src/core/layer/).
 * For conv_transpose2d the padding of a side is what is cropped from that side of the full
 * (i−1)s + d(k−1) + 1 result.
 */

import { refusalMaker } from "./problem";

export type Pair = [number, number];

/** The problems shape.ts raises, each with the names of its values (see core/problem.ts). */
export const SHAPE_PROBLEMS = {
  "param.notFinite": ["field", "min", "got"],
  "param.notInteger": ["field", "got"],
  "param.min": ["field", "min", "got"],
  "param.notPair": ["field", "got"],
  "size.convEmpty": ["padded", "dilated", "input", "kernel", "padding", "dilation"],
  "size.transposedEmpty": ["cropped", "total", "input", "kernel", "stride", "padding", "dilation", "outputPadding"],
  "outputPadding.tooLarge": ["outputPadding", "stride", "dilation"],
  "outputPadding.convOnly": ["outputPadding"],
  "tensor.noShape": ["field", "got"],
  "tensor.dims": ["field", "dims", "count", "got"],
  "tensor.dimsEither": ["field", "dims", "dimsOr", "count", "got"],
  "tensor.shape": ["field", "got"],
  "tensor.data": ["field", "count", "shape", "got"],
  "bias.count": ["channels", "got"],
  "groups.outChannels": ["outChannels", "groups"],
  "groups.inChannels": ["inChannels", "groups"],
  "channels.convWeight": ["expected", "inChannels", "weight", "groups"],
  "channels.transposedWeight": ["expected", "inChannels", "weight"],
  "size.convEmpty2d": ["paddedH", "paddedW", "kernelH", "kernelW", "outH", "outW"],
  "size.transposedEmpty2d": ["outH", "outW", "inH", "inW", "padding"],
} as const;

const refuse = /* @__PURE__ */ refusalMaker(SHAPE_PROBLEMS);

/**
 * The English names of the fields core checks, keyed by field code (the catalogues name the same
 * codes in every language, `problem.field.<code>`).
 */
export const CORE_FIELD_NAMES: Readonly<Record<string, string>> = {
  inputSize: "input size",
  kernelSize: "kernel size",
  stride: "stride",
  padding: "padding",
  dilation: "dilation",
  outputPadding: "outputPadding",
  output_padding: "output padding",
  groups: "groups",
  input: "input",
  weight: "weight",
  "stride.height": "stride (height)",
  "stride.width": "stride (width)",
  "padding.height": "padding (height)",
  "padding.width": "padding (width)",
  "padding.top": "padding (top)",
  "padding.bottom": "padding (bottom)",
  "padding.left": "padding (left)",
  "padding.right": "padding (right)",
  "dilation.height": "dilation (height)",
  "dilation.width": "dilation (width)",
  "outputPadding.height": "outputPadding (height)",
  "outputPadding.width": "outputPadding (width)",
  inputHeight: "input height",
  inputWidth: "input width",
  outputSize: "output size",
  poolSize: "pool size",
  zDim: "z dimension",
  baseChannels: "base channels",
  upsampleLayers: "upsampling layers",
  outputChannels: "output channels",
  depth: "depth",
};

const nameOf = (field: string) => CORE_FIELD_NAMES[field] ?? field;

/** Padding of each side, in cells (for conv_transpose2d: the crop of each side). */
export interface Sides {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ConvOptions {
  stride?: number | Pair;
  /** One value for every side, [height, width] for top/bottom and left/right, or each side. */
  padding?: number | Pair | Sides;
  dilation?: number | Pair;
  outputPadding?: number | Pair;
  groups?: number;
}

/** Everything both operations need to know about sizes, fully validated. */
export interface ConvGeometry {
  /** Batch size; 1 for unbatched [C,H,W] tensors. */
  batch: number;
  /** Whether the activations carry a batch dimension ([N,C,H,W]) or not ([C,H,W]). */
  batched: boolean;
  xC: number;
  xH: number;
  xW: number;
  yC: number;
  yH: number;
  yW: number;
  kH: number;
  kW: number;
  groups: number;
  sH: number;
  sW: number;
  /** Padding at the top and left: the offset p of the links. */
  pH: number;
  pW: number;
  /** Padding at the bottom and right (equal to pH and pW for PyTorch's symmetric padding). */
  pB: number;
  pR: number;
  dH: number;
  dW: number;
  opH: number;
  opW: number;
}

function describe(v: unknown): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(describe).join(", ")}]`;
  return String(v);
}

/**
 * Checks one integer parameter; the problem names the field (a code, see CORE_FIELD_NAMES), the
 * rule and the value received.
 */
export function checkInteger(field: string, v: unknown, min: number): number {
  const name = nameOf(field);
  if (typeof v !== "number" || !Number.isFinite(v)) {
    const got = describe(v);
    throw refuse("param.notFinite", { field, min, got }, `${name} must be a finite integer ≥ ${min} (got ${got})`);
  }
  if (!Number.isInteger(v)) throw refuse("param.notInteger", { field, got: v }, `${name} must be an integer (got ${v})`);
  if (v < min) throw refuse("param.min", { field, min, got: v }, `${name} must be ≥ ${min} (got ${v})`);
  return v;
}

/** Expands a scalar-or-pair option to a validated [height, width] pair. */
export function pairOption(field: string, v: unknown, fallback: number, min: number): Pair {
  if (v === undefined || v === null) return [fallback, fallback];
  if (Array.isArray(v)) {
    if (v.length !== 2) {
      const got = describe(v);
      throw refuse("param.notPair", { field, got }, `${nameOf(field)} must be a number or a pair [height, width] (got ${got})`);
    }
    return [checkInteger(`${field}.height`, v[0], min), checkInteger(`${field}.width`, v[1], min)];
  }
  const n = checkInteger(field, v, min);
  return [n, n];
}

function fmtPair(a: number, b: number): string {
  return a === b ? String(a) : `(${a}, ${b})`;
}

/**
 * Convolution output size, o = ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1
 * (Dumoulin & Visin, "A guide to convolution arithmetic", relationship 6; PyTorch Conv2d docs).
 * Throws a RangeError when a parameter is invalid or the output would be smaller than 1.
 */
export function convOutputSize(i: number, k: number, s: number, p: number, d: number): number {
  checkInteger("inputSize", i, 1);
  checkInteger("kernelSize", k, 1);
  checkInteger("stride", s, 1);
  checkInteger("padding", p, 0);
  checkInteger("dilation", d, 1);
  const o = Math.floor((i + 2 * p - d * (k - 1) - 1) / s) + 1;
  if (o < 1) {
    const padded = i + 2 * p;
    const dilated = d * (k - 1) + 1;
    throw refuse(
      "size.convEmpty",
      { padded, dilated, input: i, kernel: k, padding: p, dilation: d },
      `output size must be at least 1: the padded input i+2p=${padded} is smaller than the dilated kernel d(k−1)+1=${dilated} (got input=${i}, kernel=${k}, padding=${p}, dilation=${d})`,
    );
  }
  return o;
}

/**
 * Transposed convolution output size, o = (i−1)s − 2p + d(k−1) + output_padding + 1
 * (PyTorch ConvTranspose2d docs). output_padding must be smaller than the stride or the dilation.
 */
export function convTransposeOutputSize(
  i: number,
  k: number,
  s: number,
  p: number,
  d: number,
  outputPadding: number,
): number {
  checkInteger("inputSize", i, 1);
  checkInteger("kernelSize", k, 1);
  checkInteger("stride", s, 1);
  checkInteger("padding", p, 0);
  checkInteger("dilation", d, 1);
  checkInteger("output_padding", outputPadding, 0);
  checkOutputPadding(outputPadding, outputPadding, s, s, d, d);
  const o = (i - 1) * s - 2 * p + d * (k - 1) + outputPadding + 1;
  if (o < 1) {
    const cropped = 2 * p;
    const total = o + 2 * p;
    throw refuse(
      "size.transposedEmpty",
      { cropped, total, input: i, kernel: k, stride: s, padding: p, dilation: d, outputPadding },
      `output size must be at least 1: padding 2p=${cropped} crops more than (i−1)s + d(k−1) + output_padding + 1 = ${total} cells (got input=${i}, kernel=${k}, stride=${s}, padding=${p}, dilation=${d}, output_padding=${outputPadding})`,
    );
  }
  return o;
}

function checkOutputPadding(opH: number, opW: number, sH: number, sW: number, dH: number, dW: number): void {
  // PyTorch checks each axis: output_padding < stride || output_padding < dilation.
  const okH = opH < sH || opH < dH;
  const okW = opW < sW || opW < dW;
  if (!okH || !okW) {
    const values = { outputPadding: fmtPair(opH, opW), stride: fmtPair(sH, sW), dilation: fmtPair(dH, dW) };
    throw refuse(
      "outputPadding.tooLarge",
      values,
      `output padding must be smaller than either stride or dilation (got output_padding=${values.outputPadding}, stride=${values.stride}, dilation=${values.dilation})`,
    );
  }
}

interface ShapeLike {
  shape: readonly number[];
  data: { length: number };
}

function checkTensor(field: "input" | "weight", t: ShapeLike, dims: readonly [number] | readonly [number, number]): void {
  const name = nameOf(field);
  if (!t || !Array.isArray(t.shape)) {
    const got = describe(t);
    throw refuse("tensor.noShape", { field, got }, `${name} must be a tensor with a shape (got ${got})`);
  }
  const shape = describe(t.shape);
  if (!dims.includes(t.shape.length)) {
    const count = t.shape.length;
    const message = `${name} must have ${dims.join(" or ")} dimensions (got ${count}: ${shape})`;
    throw dims.length === 2
      ? refuse("tensor.dimsEither", { field, dims: dims[0], dimsOr: dims[1], count, got: shape }, message)
      : refuse("tensor.dims", { field, dims: dims[0], count, got: shape }, message);
  }
  let n = 1;
  for (const d of t.shape) {
    if (!Number.isInteger(d) || d < 1) {
      throw refuse("tensor.shape", { field, got: shape }, `${name} shape must hold integers ≥ 1 (got ${shape})`);
    }
    n *= d;
  }
  if (!t.data || t.data.length !== n) {
    const got = String(t.data?.length);
    throw refuse("tensor.data", { field, count: n, shape, got }, `${name} data must hold ${n} values for shape ${shape} (got ${got})`);
  }
}

function activation(t: ShapeLike): { batched: boolean; N: number; C: number; H: number; W: number } {
  const batched = t.shape.length === 4;
  const [N, C, H, W] = batched ? t.shape : [1, ...t.shape];
  return { batched, N, C, H, W };
}

function checkBias(bias: { length: number } | null | undefined, channels: number): void {
  if (bias != null && bias.length !== channels) {
    throw refuse("bias.count", { channels, got: bias.length }, `bias must hold one value per output channel: ${channels} (got ${bias.length})`);
  }
}

/** The checks both operations start with: well-formed tensors and every option in its range. */
function readArguments(input: ShapeLike, weight: ShapeLike, options: ConvOptions) {
  checkTensor("input", input, [3, 4]);
  checkTensor("weight", weight, [4]);
  const [sH, sW] = pairOption("stride", options.stride, 1, 1);
  const { pH, pB, pW, pR } = paddingOption(options.padding);
  const [dH, dW] = pairOption("dilation", options.dilation, 1, 1);
  const [opH, opW] = pairOption("outputPadding", options.outputPadding, 0, 0);
  const groups = checkInteger("groups", options.groups ?? 1, 1);
  return { sH, sW, pH, pB, pW, pR, dH, dW, opH, opW, groups };
}

function isSides(v: unknown): v is Sides {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Padding as a scalar, a [height, width] pair (both symmetric) or one value per side. */
function paddingOption(v: unknown): { pH: number; pB: number; pW: number; pR: number } {
  if (isSides(v)) {
    return {
      pH: checkInteger("padding.top", v.top, 0),
      pB: checkInteger("padding.bottom", v.bottom, 0),
      pW: checkInteger("padding.left", v.left, 0),
      pR: checkInteger("padding.right", v.right, 0),
    };
  }
  const [pH, pW] = pairOption("padding", v, 0, 0);
  return { pH, pB: pH, pW, pR: pW };
}

function fmtPadding(g: { pH: number; pB: number; pW: number; pR: number }): string {
  return g.pH === g.pB && g.pW === g.pR
    ? fmtPair(g.pH, g.pW)
    : `(top ${g.pH}, bottom ${g.pB}, left ${g.pW}, right ${g.pR})`;
}

/** Validates conv2d's arguments against PyTorch's rules and returns the geometry. */
export function resolveConv2d(
  input: ShapeLike,
  weight: ShapeLike,
  bias: { length: number } | null | undefined,
  options: ConvOptions = {},
): ConvGeometry {
  const { sH, sW, pH, pB, pW, pR, dH, dW, opH, opW, groups } = readArguments(input, weight, options);
  if (opH !== 0 || opW !== 0) {
    const outputPadding = fmtPair(opH, opW);
    throw refuse("outputPadding.convOnly", { outputPadding }, `output padding applies to convTranspose2d only (got output_padding=${outputPadding})`);
  }
  const { batched, N, C, H, W } = activation(input);
  const [cOut, cInPerGroup, kH, kW] = weight.shape;
  if (cOut % groups !== 0) {
    throw refuse(
      "groups.outChannels",
      { outChannels: cOut, groups },
      `out channels must be divisible by groups (got out_channels=${cOut}, groups=${groups})`,
    );
  }
  if (cInPerGroup * groups !== C) {
    const expected = cInPerGroup * groups;
    const shape = describe(weight.shape);
    throw refuse(
      "channels.convWeight",
      { expected, inChannels: C, weight: shape, groups },
      `input channels must equal weight.shape[1]·groups = ${expected} (got in_channels=${C}, weight ${shape}, groups=${groups})`,
    );
  }
  checkBias(bias, cOut);
  const yH = Math.floor((H + pH + pB - dH * (kH - 1) - 1) / sH) + 1;
  const yW = Math.floor((W + pW + pR - dW * (kW - 1) - 1) / sW) + 1;
  if (yH < 1 || yW < 1) {
    const v = { paddedH: H + pH + pB, paddedW: W + pW + pR, kernelH: dH * (kH - 1) + 1, kernelW: dW * (kW - 1) + 1, outH: yH, outW: yW };
    throw refuse(
      "size.convEmpty2d",
      v,
      `output size must be at least 1×1: the padded input (${v.paddedH}×${v.paddedW}) is smaller than the dilated kernel (${v.kernelH}×${v.kernelW}) (got output ${yH}×${yW})`,
    );
  }
  return { batch: N, batched, xC: C, xH: H, xW: W, yC: cOut, yH, yW, kH, kW, groups, sH, sW, pH, pW, pB, pR, dH, dW, opH: 0, opW: 0 };
}

/** Validates conv_transpose2d's arguments against PyTorch's rules and returns the geometry. */
export function resolveConvTranspose2d(
  input: ShapeLike,
  weight: ShapeLike,
  bias: { length: number } | null | undefined,
  options: ConvOptions = {},
): ConvGeometry {
  const { sH, sW, pH, pB, pW, pR, dH, dW, opH, opW, groups } = readArguments(input, weight, options);
  checkOutputPadding(opH, opW, sH, sW, dH, dW);
  const { batched, N, C, H, W } = activation(input);
  const [cIn, cOutPerGroup, kH, kW] = weight.shape;
  if (C % groups !== 0) {
    throw refuse(
      "groups.inChannels",
      { inChannels: C, groups },
      `input channels must be divisible by groups (got in_channels=${C}, groups=${groups})`,
    );
  }
  if (cIn !== C) {
    const shape = describe(weight.shape);
    throw refuse(
      "channels.transposedWeight",
      { expected: cIn, inChannels: C, weight: shape },
      `input channels must equal weight.shape[0] = ${cIn} (got in_channels=${C}, weight ${shape})`,
    );
  }
  const xC = cOutPerGroup * groups;
  checkBias(bias, xC);
  const xH = (H - 1) * sH - pH - pB + dH * (kH - 1) + opH + 1;
  const xW = (W - 1) * sW - pW - pR + dW * (kW - 1) + opW + 1;
  if (xH < 1 || xW < 1) {
    const padding = fmtPadding({ pH, pB, pW, pR });
    throw refuse(
      "size.transposedEmpty2d",
      { outH: xH, outW: xW, inH: H, inW: W, padding },
      `output size must be at least 1×1: padding crops the whole output (got output ${xH}×${xW} from input ${H}×${W}, padding=${padding})`,
    );
  }
  return { batch: N, batched, xC, xH, xW, yC: C, yH: H, yW: W, kH, kW, groups, sH, sW, pH, pW, pB, pR, dH, dW, opH, opW };
}

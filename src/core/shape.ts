/**
 * Output sizes and parameter validation, with PyTorch's rules and clear messages.
 *
 * Throughout the core, "x" is the large side of a convolution (conv2d's input, conv_transpose2d's
 * output) and "y" the small side (conv2d's output, conv_transpose2d's input). Both operations share
 * one weight layout, [yC, xC/groups, kH, kW], and one geometry: y[cy, oy, ox] is connected to
 * x[cx, oy·s − p + ky·d, ox·s − p + kx·d]. conv2d gathers along those links; conv_transpose2d
 * scatters back along the same links, which is why it is the adjoint (transpose) of conv2d.
 */

export type Pair = [number, number];

export interface ConvOptions {
  stride?: number | Pair;
  padding?: number | Pair;
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
  pH: number;
  pW: number;
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

/** Checks one integer parameter; the message names the field, the rule and the value received. */
export function checkInteger(name: string, v: unknown, min: number): number {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new RangeError(`${name} must be a finite integer ≥ ${min} (got ${describe(v)})`);
  }
  if (!Number.isInteger(v)) throw new RangeError(`${name} must be an integer (got ${v})`);
  if (v < min) throw new RangeError(`${name} must be ≥ ${min} (got ${v})`);
  return v;
}

/** Expands a scalar-or-pair option to a validated [height, width] pair. */
export function pairOption(name: string, v: unknown, fallback: number, min: number): Pair {
  if (v === undefined || v === null) return [fallback, fallback];
  if (Array.isArray(v)) {
    if (v.length !== 2) throw new RangeError(`${name} must be a number or a pair [height, width] (got ${describe(v)})`);
    return [checkInteger(`${name} (height)`, v[0], min), checkInteger(`${name} (width)`, v[1], min)];
  }
  const n = checkInteger(name, v, min);
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
  checkInteger("input size", i, 1);
  checkInteger("kernel size", k, 1);
  checkInteger("stride", s, 1);
  checkInteger("padding", p, 0);
  checkInteger("dilation", d, 1);
  const o = Math.floor((i + 2 * p - d * (k - 1) - 1) / s) + 1;
  if (o < 1) {
    throw new RangeError(
      `output size must be at least 1: the padded input i+2p=${i + 2 * p} is smaller than the dilated kernel d(k−1)+1=${d * (k - 1) + 1} (got input=${i}, kernel=${k}, padding=${p}, dilation=${d})`,
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
  checkInteger("input size", i, 1);
  checkInteger("kernel size", k, 1);
  checkInteger("stride", s, 1);
  checkInteger("padding", p, 0);
  checkInteger("dilation", d, 1);
  checkInteger("output padding", outputPadding, 0);
  checkOutputPadding(outputPadding, outputPadding, s, s, d, d);
  const o = (i - 1) * s - 2 * p + d * (k - 1) + outputPadding + 1;
  if (o < 1) {
    throw new RangeError(
      `output size must be at least 1: padding 2p=${2 * p} crops more than (i−1)s + d(k−1) + output_padding + 1 = ${o + 2 * p} cells (got input=${i}, kernel=${k}, stride=${s}, padding=${p}, dilation=${d}, output_padding=${outputPadding})`,
    );
  }
  return o;
}

function checkOutputPadding(opH: number, opW: number, sH: number, sW: number, dH: number, dW: number): void {
  // PyTorch checks each axis: output_padding < stride || output_padding < dilation.
  const okH = opH < sH || opH < dH;
  const okW = opW < sW || opW < dW;
  if (!okH || !okW) {
    throw new RangeError(
      `output padding must be smaller than either stride or dilation (got output_padding=${fmtPair(opH, opW)}, stride=${fmtPair(sH, sW)}, dilation=${fmtPair(dH, dW)})`,
    );
  }
}

interface ShapeLike {
  shape: readonly number[];
  data: { length: number };
}

function checkTensor(name: string, t: ShapeLike, dims: readonly number[]): void {
  if (!t || !Array.isArray(t.shape)) throw new RangeError(`${name} must be a tensor with a shape (got ${describe(t)})`);
  if (!dims.includes(t.shape.length)) {
    throw new RangeError(
      `${name} must have ${dims.join(" or ")} dimensions (got ${t.shape.length}: ${describe(t.shape)})`,
    );
  }
  let n = 1;
  for (const d of t.shape) {
    if (!Number.isInteger(d) || d < 1) {
      throw new RangeError(`${name} shape must hold integers ≥ 1 (got ${describe(t.shape)})`);
    }
    n *= d;
  }
  if (!t.data || t.data.length !== n) {
    throw new RangeError(`${name} data must hold ${n} values for shape ${describe(t.shape)} (got ${t.data?.length})`);
  }
}

function activation(t: ShapeLike): { batched: boolean; N: number; C: number; H: number; W: number } {
  const batched = t.shape.length === 4;
  const [N, C, H, W] = batched ? t.shape : [1, ...t.shape];
  return { batched, N, C, H, W };
}

function checkBias(bias: { length: number } | null | undefined, channels: number): void {
  if (bias != null && bias.length !== channels) {
    throw new RangeError(`bias must hold one value per output channel: ${channels} (got ${bias.length})`);
  }
}

/** The checks both operations start with: well-formed tensors and every option in its range. */
function readArguments(input: ShapeLike, weight: ShapeLike, options: ConvOptions) {
  checkTensor("input", input, [3, 4]);
  checkTensor("weight", weight, [4]);
  const [sH, sW] = pairOption("stride", options.stride, 1, 1);
  const [pH, pW] = pairOption("padding", options.padding, 0, 0);
  const [dH, dW] = pairOption("dilation", options.dilation, 1, 1);
  const [opH, opW] = pairOption("outputPadding", options.outputPadding, 0, 0);
  const groups = checkInteger("groups", options.groups ?? 1, 1);
  return { sH, sW, pH, pW, dH, dW, opH, opW, groups };
}

/** Validates conv2d's arguments against PyTorch's rules and returns the geometry. */
export function resolveConv2d(
  input: ShapeLike,
  weight: ShapeLike,
  bias: { length: number } | null | undefined,
  options: ConvOptions = {},
): ConvGeometry {
  const { sH, sW, pH, pW, dH, dW, opH, opW, groups } = readArguments(input, weight, options);
  if (opH !== 0 || opW !== 0) {
    throw new RangeError(`output padding applies to convTranspose2d only (got output_padding=${fmtPair(opH, opW)})`);
  }
  const { batched, N, C, H, W } = activation(input);
  const [cOut, cInPerGroup, kH, kW] = weight.shape;
  if (cOut % groups !== 0) {
    throw new RangeError(`out channels must be divisible by groups (got out_channels=${cOut}, groups=${groups})`);
  }
  if (cInPerGroup * groups !== C) {
    throw new RangeError(
      `input channels must equal weight.shape[1]·groups = ${cInPerGroup * groups} (got in_channels=${C}, weight ${describe(weight.shape)}, groups=${groups})`,
    );
  }
  checkBias(bias, cOut);
  const yH = Math.floor((H + 2 * pH - dH * (kH - 1) - 1) / sH) + 1;
  const yW = Math.floor((W + 2 * pW - dW * (kW - 1) - 1) / sW) + 1;
  if (yH < 1 || yW < 1) {
    throw new RangeError(
      `output size must be at least 1×1: the padded input (${H + 2 * pH}×${W + 2 * pW}) is smaller than the dilated kernel (${dH * (kH - 1) + 1}×${dW * (kW - 1) + 1}) (got output ${yH}×${yW})`,
    );
  }
  return { batch: N, batched, xC: C, xH: H, xW: W, yC: cOut, yH, yW, kH, kW, groups, sH, sW, pH, pW, dH, dW, opH: 0, opW: 0 };
}

/** Validates conv_transpose2d's arguments against PyTorch's rules and returns the geometry. */
export function resolveConvTranspose2d(
  input: ShapeLike,
  weight: ShapeLike,
  bias: { length: number } | null | undefined,
  options: ConvOptions = {},
): ConvGeometry {
  const { sH, sW, pH, pW, dH, dW, opH, opW, groups } = readArguments(input, weight, options);
  checkOutputPadding(opH, opW, sH, sW, dH, dW);
  const { batched, N, C, H, W } = activation(input);
  const [cIn, cOutPerGroup, kH, kW] = weight.shape;
  if (C % groups !== 0) {
    throw new RangeError(`input channels must be divisible by groups (got in_channels=${C}, groups=${groups})`);
  }
  if (cIn !== C) {
    throw new RangeError(
      `input channels must equal weight.shape[0] = ${cIn} (got in_channels=${C}, weight ${describe(weight.shape)})`,
    );
  }
  const xC = cOutPerGroup * groups;
  checkBias(bias, xC);
  const xH = (H - 1) * sH - 2 * pH + dH * (kH - 1) + opH + 1;
  const xW = (W - 1) * sW - 2 * pW + dW * (kW - 1) + opW + 1;
  if (xH < 1 || xW < 1) {
    throw new RangeError(
      `output size must be at least 1×1: padding crops the whole output (got output ${xH}×${xW} from input ${H}×${W}, padding=${fmtPair(pH, pW)})`,
    );
  }
  return { batch: N, batched, xC, xH, xW, yC: C, yH: H, yW: W, kH, kW, groups, sH, sW, pH, pW, dH, dW, opH, opW };
}

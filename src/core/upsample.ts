import type { Tensor } from "./tensor";
import type { Pair } from "./shape";
import { refusalMaker } from "./problem";

/** The problems upsample.ts raises (see core/problem.ts). */
export const UPSAMPLE_PROBLEMS = {
  "image.dims": ["field", "got"],
  "upsample.mode": ["got"],
  "upsample.sizeOrScale": [],
  "upsample.size": ["got"],
  "upsample.scale": ["got"],
  "upsample.empty": ["outH", "outW", "inH", "inW", "scale"],
} as const;

const refuse = /* @__PURE__ */ refusalMaker(UPSAMPLE_PROBLEMS);

/** The fixed interpolations of torch.nn.functional.interpolate that the upsampling lab compares. */
export type UpsampleMode = "nearest" | "bilinear" | "bicubic";

export interface UpsampleOptions {
  mode: UpsampleMode;
  /** scale_factor: one number or [height, width]; the output is ⌊in · scale⌋ per axis. */
  scale?: number | Pair;
  /** size: the output [height, width]; give either this or `scale`. */
  size?: Pair;
}

/**
 * Per-axis interpolation taps: output index o reads input indices index[o·taps + t] with weights
 * weight[o·taps + t], t = 0..taps−1 (taps = 1 nearest, 2 bilinear, 4 bicubic). Indices repeat at
 * the border rather than collapse, exactly as PyTorch's kernels read them.
 */
export interface AxisTaps {
  taps: number;
  index: Int32Array;
  weight: Float64Array;
}

/** Bicubic convolution constant A used by PyTorch (and OpenCV); Keys (1981) suggests −0.5. */
export const BICUBIC_A = -0.75;

const TAPS: Record<UpsampleMode, number> = { nearest: 1, bilinear: 2, bicubic: 4 };

/**
 * torch.nn.functional.interpolate(input, mode, align_corners=False) in float64, channel by channel
 * on [C, H, W] or [N, C, H, W] (grayscale is C = 1, RGB C = 3). Per axis, with
 * scale = 1/scale_factor when a factor is given (PyTorch's default recompute_scale_factor=None)
 * and in/out when a size is given:
 * - nearest (PyTorch's legacy 'nearest', not 'nearest-exact'): src = min(⌊dst · scale⌋, in − 1),
 *   with scale and the product in float32 as PyTorch's nearest_neighbor_compute_source_index, and
 *   its nearest_idx shortcuts (src = dst when out = in, src = ⌊dst/2⌋ when out = 2·in);
 * - bilinear: src = max(0, (dst + 0.5) · scale − 0.5), i0 = ⌊src⌋, i1 = min(i0 + 1, in − 1),
 *   λ1 = src − i0, λ0 = 1 − λ1 (area_pixel_compute_source_index, compute_indices_weights_linear);
 * - bicubic: src = (dst + 0.5) · scale − 0.5 (no clamp), i = ⌊src⌋, t = src − i, taps i−1..i+2
 *   clamped to [0, in − 1] with Keys' cubic weights for A = −0.75: W(x) = (A+2)|x|³ − (A+3)|x|² + 1
 *   for |x| ≤ 1 and A|x|³ − 5A|x|² + 8A|x| − 4A for 1 < |x| < 2 (upsample_bicubic2d,
 *   get_cubic_upsample_coefficients).
 * The 2D result is separable: a horizontal pass over each input row, then a vertical pass over
 * those rows, which is PyTorch's order of operations (the width sum inside the height sum).
 * Cost: planes · (H_in · W_out + H_out · W_out) · taps multiply-adds, instead of taps² per output
 * cell for a direct 2D evaluation. Nearest matches PyTorch bit for bit; bilinear and bicubic match
 * it to rounding (a few units in the last place), since PyTorch's CPU kernels use fused
 * multiply-adds where the compiler emits them, and JavaScript has none.
 */
export function upsample(input: Tensor, options: UpsampleOptions): Tensor {
  const { shape } = input;
  if (!shape || (shape.length !== 3 && shape.length !== 4)) {
    throw refuse("image.dims", { field: "input", got: String(shape?.length) }, `input must have 3 or 4 dimensions, [C, H, W] or [N, C, H, W] (got ${shape?.length})`);
  }
  const mode = options.mode;
  if (!(mode in TAPS)) throw refuse("upsample.mode", { got: String(mode) }, `mode must be nearest, bilinear or bicubic (got ${String(mode)})`);
  const H = shape[shape.length - 2];
  const W = shape[shape.length - 1];
  const planes = input.data.length / (H * W);
  const [outH, scaleH, outW, scaleW] = resolveSizes(H, W, options);
  const rows = axisTaps(mode, H, outH, scaleH);
  const cols = axisTaps(mode, W, outW, scaleW);
  const data = new Float64Array(planes * outH * outW);
  const tmp = new Float64Array(H * outW);
  for (let p = 0; p < planes; p++) {
    horizontalPass(input.data, p * H * W, H, W, cols, outW, tmp);
    verticalPass(tmp, outW, rows, outH, data, p * outH * outW);
  }
  return { shape: [...shape.slice(0, -2), outH, outW], data };
}

/**
 * [outH, scaleH, outW, scaleW]: the output sizes and the source-per-destination scale of each axis,
 * following PyTorch's F.interpolate: a scale factor f gives ⌊in · f⌋ and scale 1/f, a size gives
 * scale in/out. Throws a RangeError naming the field when neither or both are given or a value is
 * out of range.
 */
function resolveSizes(H: number, W: number, options: UpsampleOptions): [number, number, number, number] {
  const { scale, size } = options;
  if ((scale === undefined) === (size === undefined)) {
    throw refuse("upsample.sizeOrScale", {}, "give exactly one of size and scale (scale_factor)");
  }
  if (size !== undefined) {
    if (!Array.isArray(size) || size.length !== 2 || !size.every((v) => Number.isInteger(v) && v >= 1)) {
      throw refuse("upsample.size", { got: JSON.stringify(size) }, `size must be a pair of integers ≥ 1 (got ${JSON.stringify(size)})`);
    }
    return [size[0], H / size[0], size[1], W / size[1]];
  }
  const [fH, fW] = Array.isArray(scale) ? scale : [scale as number, scale as number];
  for (const f of [fH, fW]) {
    if (typeof f !== "number" || !Number.isFinite(f) || f <= 0) {
      throw refuse("upsample.scale", { got: String(JSON.stringify(scale)) }, `scale must be a finite number > 0 (got ${JSON.stringify(scale)})`);
    }
  }
  const outH = Math.floor(H * fH);
  const outW = Math.floor(W * fW);
  if (outH < 1 || outW < 1) {
    throw refuse(
      "upsample.empty",
      { outH, outW, inH: H, inW: W, scale: String(JSON.stringify(scale)) },
      `output size must be at least 1×1 (got ${outH}×${outW} from ${H}×${W} and scale ${JSON.stringify(scale)})`,
    );
  }
  return [outH, 1 / fH, outW, 1 / fW];
}

/**
 * The taps of one axis for `mode`, mapping `outSize` destination cells to `inSize` source cells
 * with source-per-destination `scale` (see `upsample` for the formulas and their PyTorch sources).
 */
export function axisTaps(mode: UpsampleMode, inSize: number, outSize: number, scale: number): AxisTaps {
  const taps = TAPS[mode];
  const index = new Int32Array(outSize * taps);
  const weight = new Float64Array(outSize * taps);
  const last = inSize - 1;
  for (let o = 0; o < outSize; o++) {
    const at = o * taps;
    if (mode === "nearest") {
      if (outSize === inSize) index[at] = o;
      else if (outSize === 2 * inSize) index[at] = o >> 1;
      else index[at] = Math.min(Math.floor(Math.fround(Math.fround(o) * Math.fround(scale))), last);
      weight[at] = 1;
    } else if (mode === "bilinear") {
      if (inSize === outSize) {
        index[at] = index[at + 1] = o;
        weight[at] = 1;
        continue;
      }
      const src = Math.max(0, scale * (o + 0.5) - 0.5);
      const i0 = Math.floor(src);
      const l1 = Math.min(Math.max(src - i0, 0), 1);
      index[at] = i0;
      index[at + 1] = i0 < last ? i0 + 1 : i0;
      weight[at] = 1 - l1;
      weight[at + 1] = l1;
    } else {
      const src = scale * (o + 0.5) - 0.5;
      const i = Math.floor(src);
      const t = src - i;
      const A = BICUBIC_A;
      const x1 = t;
      const x2 = 1 - t;
      weight[at] = cubicFar(x1 + 1, A);
      weight[at + 1] = cubicNear(x1, A);
      weight[at + 2] = cubicNear(x2, A);
      weight[at + 3] = cubicFar(x2 + 1, A);
      for (let k = 0; k < 4; k++) index[at + k] = Math.min(Math.max(i - 1 + k, 0), last);
    }
  }
  return { taps, index, weight };
}

/** Keys' cubic kernel for |x| ≤ 1: ((A + 2)x − (A + 3))x² + 1 (PyTorch's cubic_convolution1). */
function cubicNear(x: number, A: number): number {
  return ((A + 2) * x - (A + 3)) * x * x + 1;
}

/** Keys' cubic kernel for 1 < |x| < 2: ((Ax − 5A)x + 8A)x − 4A (PyTorch's cubic_convolution2). */
function cubicFar(x: number, A: number): number {
  return ((A * x - 5 * A) * x + 8 * A) * x - 4 * A;
}

/** tmp[y, ox] = Σ_t x[y, index[ox, t]] · weight[ox, t] for every input row y of one plane. */
function horizontalPass(
  x: Float64Array,
  base: number,
  H: number,
  W: number,
  cols: AxisTaps,
  outW: number,
  tmp: Float64Array,
): void {
  const { index, weight, taps } = cols;
  for (let y = 0; y < H; y++) {
    const row = base + y * W;
    const out = y * outW;
    if (taps === 1) {
      for (let o = 0; o < outW; o++) tmp[out + o] = x[row + index[o]];
    } else if (taps === 2) {
      for (let o = 0, t = 0; o < outW; o++, t += 2) {
        tmp[out + o] = x[row + index[t]] * weight[t] + x[row + index[t + 1]] * weight[t + 1];
      }
    } else {
      for (let o = 0, t = 0; o < outW; o++, t += 4) {
        tmp[out + o] =
          x[row + index[t]] * weight[t] +
          x[row + index[t + 1]] * weight[t + 1] +
          x[row + index[t + 2]] * weight[t + 2] +
          x[row + index[t + 3]] * weight[t + 3];
      }
    }
  }
}

/** out[oy, ox] = Σ_t tmp[index[oy, t], ox] · weight[oy, t]: whole rows at a time, contiguous. */
function verticalPass(
  tmp: Float64Array,
  outW: number,
  rows: AxisTaps,
  outH: number,
  out: Float64Array,
  base: number,
): void {
  const { index, weight, taps } = rows;
  for (let oy = 0; oy < outH; oy++) {
    const t = oy * taps;
    const dst = base + oy * outW;
    if (taps === 1) {
      const r0 = index[t] * outW;
      out.set(tmp.subarray(r0, r0 + outW), dst);
    } else if (taps === 2) {
      const r0 = index[t] * outW;
      const r1 = index[t + 1] * outW;
      const w0 = weight[t];
      const w1 = weight[t + 1];
      for (let o = 0; o < outW; o++) out[dst + o] = tmp[r0 + o] * w0 + tmp[r1 + o] * w1;
    } else {
      const r0 = index[t] * outW;
      const r1 = index[t + 1] * outW;
      const r2 = index[t + 2] * outW;
      const r3 = index[t + 3] * outW;
      const w0 = weight[t];
      const w1 = weight[t + 1];
      const w2 = weight[t + 2];
      const w3 = weight[t + 3];
      for (let o = 0; o < outW; o++) {
        out[dst + o] = tmp[r0 + o] * w0 + tmp[r1 + o] * w1 + tmp[r2 + o] * w2 + tmp[r3 + o] * w3;
      }
    }
  }
}

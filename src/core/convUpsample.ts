import type { Tensor } from "./tensor";
import { checkInteger } from "./shape";
import { conv2d } from "./conv";
import { convTranspose2d } from "./convTranspose";
import { upsample } from "./upsample";
import { refusalMaker } from "./problem";

/** The problems convUpsample.ts raises (see core/problem.ts). */
export const CONV_UPSAMPLE_PROBLEMS = {
  "upsample.oddKernel": ["kernel", "stride"],
  "kernel.count": ["count", "got"],
  "image.dims": ["field", "got"],
} as const;

const refuse = /* @__PURE__ */ refusalMaker(CONV_UPSAMPLE_PROBLEMS);

/** padding and output_padding of a transposed convolution that multiplies the size by its stride. */
export interface UpsamplePadding {
  padding: number;
  outputPadding: number;
}

/** One k×k kernel applied to every channel (depthwise), with an optional bias added to every cell. */
export interface ChannelKernel {
  /** k·k weights, row-major. */
  kernel: ArrayLike<number>;
  kernelSize: number;
  stride: number;
  bias?: number;
}

/**
 * The padding that makes conv_transpose2d(k, s) output exactly s·i for every input size i.
 * From o = (i−1)s − 2p + k + op (PyTorch ConvTranspose2d) and o = s·i: 2p − op = k − s.
 * - k ≥ s: p = ⌈(k − s)/2⌉ and op = 2p − (k − s), which is 0 when k − s is even (DCGAN's k=4, s=2,
 *   p=1; FCN's k=2f, s=f, p=f/2) and 1 when it is odd (k=3, s=2: p=1, op=1).
 * - k < s: p = 0 and op = s − k (the kernel's copies do not touch; op pads the last gap).
 * PyTorch requires op < s, so the only impossible case is s = 1 with an even k (op would be 1):
 * that throws a RangeError saying so.
 */
export function upsamplePadding(k: number, s: number): UpsamplePadding {
  checkInteger("kernelSize", k, 1);
  checkInteger("stride", s, 1);
  const total = k - s;
  if (total < 0) return { padding: 0, outputPadding: -total };
  const padding = Math.ceil(total / 2);
  const outputPadding = 2 * padding - total;
  if (outputPadding >= s) {
    throw refuse(
      "upsample.oddKernel",
      { kernel: k, stride: s },
      `a stride-${s} transposed convolution keeps the size ×${s} only when kernel − stride is even: output padding must be smaller than either stride or dilation (got kernel=${k}, stride=${s})`,
    );
  }
  return { padding, outputPadding };
}

function checkKernel(spec: ChannelKernel): Tensor {
  const k = checkInteger("kernelSize", spec.kernelSize, 1);
  if (spec.kernel.length !== k * k) {
    throw refuse("kernel.count", { count: k * k, got: spec.kernel.length }, `kernel must hold kernelSize² = ${k * k} values (got ${spec.kernel.length})`);
  }
  return { shape: [1, 1, k, k], data: Float64Array.from(spec.kernel) };
}

/**
 * The image as a batch of single-channel planes, [planes, 1, H, W], so one [1, 1, k, k] weight serves
 * every channel: the same sums as groups = C with depthwise weights [C, 1, k, k], without copying
 * the kernel C times.
 */
function asPlanes(image: Tensor): { planes: Tensor; lead: number[] } {
  if (image.shape.length !== 3 && image.shape.length !== 4) {
    throw refuse("image.dims", { field: "image", got: image.shape.length }, `image must have 3 or 4 dimensions, [C, H, W] or [N, C, H, W] (got ${image.shape.length})`);
  }
  const H = image.shape[image.shape.length - 2];
  const W = image.shape[image.shape.length - 1];
  const lead = image.shape.slice(0, -2);
  return { planes: { shape: [image.data.length / (H * W), 1, H, W], data: image.data }, lead };
}

function fromPlanes(t: Tensor, lead: number[]): Tensor {
  return { shape: [...lead, t.shape[2], t.shape[3]], data: t.data };
}

/**
 * Upsampling by a transposed convolution, channel-wise: every channel of [C, H, W] (or
 * [N, C, H, W]) goes through conv_transpose2d with the same k×k kernel, stride s and the padding of
 * `upsamplePadding(k, s)`, so the output is exactly sH × sW. Built on the core's convTranspose2d,
 * the same as PyTorch's conv_transpose2d with depthwise weights [C, 1, k, k] and groups = C: per channel,
 * out[c, iy·s − p + ky, ix·s − p + kx] += image[c, iy, ix] · kernel[ky, kx], then + bias.
 * With fill("bilinear", k, k, {stride: s}), k = 2s and an even s this equals bilinear interpolation
 * away from the border (FCN's initialisation, Long et al. 2015): the kernel's centre lands on
 * s·i + (s−1)/2, where align_corners=False puts input cell i. An odd s would need half a cell of
 * asymmetric padding, so there the two differ by a half-cell shift.
 */
export function convTransposeUpsample(image: Tensor, spec: ChannelKernel): Tensor {
  const { planes, lead } = asPlanes(image);
  const weight = checkKernel(spec);
  const { padding, outputPadding } = upsamplePadding(spec.kernelSize, spec.stride);
  const bias = spec.bias ? Float64Array.of(spec.bias) : null;
  return fromPlanes(convTranspose2d(planes, weight, bias, { stride: spec.stride, padding, outputPadding }), lead);
}

/**
 * Resize-convolution (Odena, Dumoulin & Olah, "Deconvolution and Checkerboard Artifacts", Distill
 * 2016): nearest-neighbour ×s upsampling, then a stride-1 conv2d with the k×k kernel on every
 * channel and PyTorch's padding='same' (⌊(k−1)/2⌋ cells before, ⌈(k−1)/2⌉ after), so the output is
 * sH × sW. Every output cell sees k² products, so its coverage is even whatever k and s are.
 * An even k pads asymmetrically: it runs with padding k/2 on both sides and drops the first row and
 * column, which is the same sum. Cost: s² · H · W · k² multiply-adds per channel, s² times a
 * transposed convolution's.
 */
export function resizeConvolution(image: Tensor, spec: ChannelKernel): Tensor {
  const { planes, lead } = asPlanes(image);
  const s = checkInteger("stride", spec.stride, 1);
  const weight = checkKernel(spec);
  const k = spec.kernelSize;
  const bias = spec.bias ? Float64Array.of(spec.bias) : null;
  const big = upsample(planes, { mode: "nearest", scale: s });
  const padding = Math.ceil((k - 1) / 2);
  const out = conv2d(big, weight, bias, { padding });
  if (k % 2 === 1) return fromPlanes(out, lead);
  const [n, , h, w] = out.shape;
  const data = new Float64Array(n * (h - 1) * (w - 1));
  for (let p = 0; p < n; p++) {
    for (let y = 1; y < h; y++) {
      const src = p * h * w + y * w + 1;
      data.set(out.data.subarray(src, src + w - 1), p * (h - 1) * (w - 1) + (y - 1) * (w - 1));
    }
  }
  return { shape: [...lead, h - 1, w - 1], data };
}

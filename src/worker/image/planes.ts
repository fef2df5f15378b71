import type { Tensor } from "../../core";
import type { Picture } from "./protocol";
import type { ColorMode } from "../../model/pageSettings";

/** Rec. 601 luma weights, the grey of PIL's "L" mode and of most ML image loaders. */
const LUMA = [0.299, 0.587, 0.114] as const;

/**
 * RGBA bytes → a float64 tensor [C, H, W] in 0..255 units: C = 3 (R, G, B) or C = 1 (luma).
 * Alpha is ignored (a canvas gives premultiplied-then-unpremultiplied colour; the photos are
 * opaque). Cost: one pass over the pixels.
 */
export function toPlanes(picture: Picture, color: ColorMode): Tensor {
  const { width: W, height: H, rgba } = picture;
  const n = W * H;
  if (color === "gray") {
    const data = new Float64Array(n);
    for (let i = 0, j = 0; i < n; i++, j += 4) {
      data[i] = LUMA[0] * rgba[j] + LUMA[1] * rgba[j + 1] + LUMA[2] * rgba[j + 2];
    }
    return { shape: [1, H, W], data };
  }
  const data = new Float64Array(3 * n);
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    data[i] = rgba[j];
    data[n + i] = rgba[j + 1];
    data[2 * n + i] = rgba[j + 2];
  }
  return { shape: [3, H, W], data };
}

/**
 * A float64 tensor [C, H, W] (C = 1 or 3, 0..255 units) → opaque RGBA bytes, rounded and clipped
 * to 0..255 (Uint8ClampedArray does both), grey repeated into R, G and B.
 */
export function toPicture(t: Tensor): Picture {
  const [C, H, W] = t.shape.slice(-3);
  const n = W * H;
  const rgba = new Uint8ClampedArray(4 * n);
  const d = t.data;
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    const r = d[i];
    rgba[j] = r;
    rgba[j + 1] = C === 3 ? d[n + i] : r;
    rgba[j + 2] = C === 3 ? d[2 * n + i] : r;
    rgba[j + 3] = 255;
  }
  return { width: W, height: H, rgba };
}

/** Per-pixel error, MSE and PSNR of `out` against `ref` (same [C, H, W]); see LabPanel. */
export function compare(out: Tensor, ref: Tensor): { error: Float32Array; mse: number; psnr: number; p99: number } {
  const [C, H, W] = ref.shape.slice(-3);
  const n = H * W;
  const error = new Float32Array(n);
  let sq = 0;
  for (let c = 0; c < C; c++) {
    const base = c * n;
    for (let i = 0; i < n; i++) {
      // what the viewer sees: both sides as displayed bytes would clip to 0..255
      const a = Math.min(255, Math.max(0, out.data[base + i]));
      const e = a - ref.data[base + i];
      sq += e * e;
      error[i] += Math.abs(e) / C;
    }
  }
  const mse = sq / (C * n);
  const psnr = mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse);
  return { error, mse, psnr, p99: percentile(error, 0.99) };
}

/** The q-quantile of values in 0..255 from a 1/4-unit histogram: O(n), no sort. */
function percentile(values: Float32Array, q: number): number {
  const bins = new Uint32Array(1024);
  for (let i = 0; i < values.length; i++) bins[Math.min(1023, Math.floor(values[i] * 4))]++;
  const target = q * values.length;
  let seen = 0;
  for (let b = 0; b < bins.length; b++) {
    seen += bins[b];
    if (seen >= target) return (b + 1) / 4;
  }
  return 256;
}

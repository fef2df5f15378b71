import { mulberry32 } from "./rng";

/** The fill presets the editor offers for an input or kernel grid of `rows × cols`. */
export type FillKind = "randomIntegers" | "randomDecimals" | "ones" | "identity" | "delta" | "bilinear" | "edge";

export interface FillOptions {
  /** Seed of the random fills; shown in the UI so a fill can be reproduced. */
  seed?: number;
  /** The stride the bilinear kernel upsamples by. */
  stride?: number;
}

/**
 * Values for a rows × cols grid, row-major.
 * - randomIntegers: integers in −4..4; randomDecimals: one decimal in −2.0..2.0 (both seeded).
 * - ones; identity: 1 on the diagonal r = c; delta: 1 at the centre cell (⌊rows/2⌋, ⌊cols/2⌋),
 *   the kernel that copies its input when its sizes are odd.
 * - bilinear: w(i) = max(0, 1 − |i − (k−1)/2| / s) per axis, the kernel with which a transposed
 *   convolution of stride s performs bilinear upsampling (FCN's get_upsampling_filter for k = 2s).
 * - edge: a horizontal-gradient (Prewitt-like) kernel, −1 left of the centre column, +1 right of it.
 */
export function fill(kind: FillKind, rows: number, cols: number, options: FillOptions = {}): number[] {
  const n = rows * cols;
  const out = new Array<number>(n).fill(0);
  const rand = mulberry32(options.seed ?? 1);
  switch (kind) {
    case "randomIntegers":
      for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 9) - 4;
      return out;
    case "randomDecimals":
      for (let i = 0; i < n; i++) out[i] = Math.round(rand() * 40 - 20) / 10 || 0; // never −0
      return out;
    case "ones":
      return out.fill(1);
    case "identity":
      for (let i = 0; i < Math.min(rows, cols); i++) out[i * cols + i] = 1;
      return out;
    case "delta":
      out[Math.floor(rows / 2) * cols + Math.floor(cols / 2)] = 1;
      return out;
    case "bilinear": {
      const s = Math.max(1, options.stride ?? 2);
      const axis = (k: number) =>
        Array.from({ length: k }, (_, i) => Math.max(0, 1 - Math.abs(i - (k - 1) / 2) / s));
      const ry = axis(rows);
      const rx = axis(cols);
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = ry[r] * rx[c];
      return out;
    }
    case "edge": {
      const centre = (cols - 1) / 2;
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = Math.sign(c - centre);
      return out;
    }
  }
}

import type { Tensor } from "./tensor";
import { checkInteger } from "./shape";
import { refusalMaker } from "./problem";

/** The problems avgPool.ts raises (see core/problem.ts). */
export const POOL_PROBLEMS = {
  "image.dims": ["field", "got"],
  "pool.tooLarge": ["size", "height", "width"],
} as const;

const refuse = /* @__PURE__ */ refusalMaker(POOL_PROBLEMS);

/**
 * torch.nn.functional.avg_pool2d(x, kernel_size=s, stride=s) in float64, on [C, H, W] or
 * [N, C, H, W]: y[i, j] = (1/s²) Σ_{a,b < s} x[s·i + a, s·j + b], with ⌊H/s⌋ × ⌊W/s⌋ outputs (a
 * trailing partial block is dropped, as PyTorch's floor mode does). It is the downsampling the
 * learned-upsampling lab inverts, and the left inverse of nearest-neighbour ×s upsampling.
 * Cost: one add per input cell.
 */
export function avgPool2d(input: Tensor, s: number): Tensor {
  checkInteger("poolSize", s, 1);
  const { shape } = input;
  if (shape.length !== 3 && shape.length !== 4) {
    throw refuse("image.dims", { field: "input", got: shape.length }, `input must have 3 or 4 dimensions, [C, H, W] or [N, C, H, W] (got ${shape.length})`);
  }
  const H = shape[shape.length - 2];
  const W = shape[shape.length - 1];
  const oH = Math.floor(H / s);
  const oW = Math.floor(W / s);
  if (oH < 1 || oW < 1) throw refuse("pool.tooLarge", { size: s, height: H, width: W }, `pool size must not exceed the image (got pool size ${s} for ${H}×${W})`);
  const planes = input.data.length / (H * W);
  const x = input.data;
  const out = new Float64Array(planes * oH * oW);
  const area = s * s;
  for (let p = 0; p < planes; p++) {
    const xb = p * H * W;
    const ob = p * oH * oW;
    for (let i = 0; i < oH; i++) {
      for (let j = 0; j < oW; j++) {
        let sum = 0;
        for (let a = 0; a < s; a++) {
          const row = xb + (i * s + a) * W + j * s;
          for (let b = 0; b < s; b++) sum += x[row + b];
        }
        out[ob + i * oW + j] = sum / area;
      }
    }
  }
  return { shape: [...shape.slice(0, -2), oH, oW], data: out };
}

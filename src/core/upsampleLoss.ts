import type { Tensor } from "./tensor";
import { checkInteger, resolveConvTranspose2d, type ConvGeometry } from "./shape";
import { convTranspose2dRaw } from "./convTranspose";
import { avgPool2d } from "./avgPool";
import { upsamplePadding } from "./convUpsample";
import { tapRange } from "./tapRange";
import { refusalMaker } from "./problem";

/** The problems upsampleLoss.ts raises (see core/problem.ts). */
export const UPSAMPLE_LOSS_PROBLEMS = {
  "image.dims": ["field", "got"],
  "image.notDivisible": ["stride", "height", "width"],
} as const;

const refuse = /* @__PURE__ */ refusalMaker(UPSAMPLE_LOSS_PROBLEMS);

/**
 * A learned-upsampling problem: single-channel planes y (the small images) that a k×k transposed
 * convolution with one bias must map onto the planes x (the originals). `geometry` is the
 * conv_transpose2d geometry with the planes as the batch: [N, 1, yH, yW] → [N, 1, xH, xW].
 */
export interface UpsampleProblem {
  geometry: ConvGeometry;
  /** The inputs y, N·yH·yW values. */
  inputs: Float64Array;
  /** The targets x, N·xH·xW values. */
  targets: Float64Array;
  /**
   * The output rows [y0, y1) and columns [x0, x1) the loss averages over, in every plane.
   * The whole output by default; see `fullTapRegion` for the reason to leave the border out.
   */
  region: [number, number, number, number];
}

/** Which output cells the loss counts: all of them, or only those every kernel tap reaches. */
export type LossBorder = "include" | "exclude";

/**
 * The output rows and columns [y0, y1, x0, x1) that receive every kernel tap from inside the
 * input: cell o is reached, with an unbounded input, by the inputs ⌈(o + p − k + 1)/s⌉ … ⌊(o + p)/s⌋,
 * and is kept when all of them exist. Zero padding starves the cells outside (k=4, s=2, p=1: the
 * first and last row and column get ¾ of a bilinear kernel's weight), and a kernel fitted to them
 * learns to brighten the border instead of to interpolate; leaving them out of the loss is the
 * crop FCN applies to its upsampled maps. Falls back to the whole output when no cell qualifies.
 */
export function fullTapRegion(g: ConvGeometry): [number, number, number, number] {
  const axis = (X: number, Y: number, k: number, s: number, p: number): [number, number] => {
    let lo = -1;
    let hi = -1;
    for (let o = 0; o < X; o++) {
      const full = Math.ceil((o + p - k + 1) / s) >= 0 && Math.floor((o + p) / s) <= Y - 1;
      if (full && lo < 0) lo = o;
      if (full) hi = o + 1;
    }
    return lo < 0 ? [0, X] : [lo, hi];
  };
  const [y0, y1] = axis(g.xH, g.yH, g.kH, g.sH, g.pH);
  const [x0, x1] = axis(g.xW, g.yW, g.kW, g.sW, g.pW);
  return [y0, y1, x0, x1];
}

/**
 * The problem of undoing s×s average pooling: every channel of every image in `images`
 * ([C, H, W] or [N, C, H, W], H and W divisible by s) is one example, its input y = avgPool2d(x, s)
 * and its target x itself; the transposed convolution uses `upsamplePadding(k, s)` so its output is
 * exactly H × W. With border "exclude" (the default) the loss skips the border cells that zero
 * padding starves (`fullTapRegion`); "include" counts every cell. Throws a RangeError naming the
 * rule when the sizes do not fit.
 */
export function upsampleProblem(
  images: Tensor,
  kernelSize: number,
  stride: number,
  border: LossBorder = "exclude",
): UpsampleProblem {
  const k = checkInteger("kernelSize", kernelSize, 1);
  const s = checkInteger("stride", stride, 1);
  const { shape } = images;
  if (shape.length !== 3 && shape.length !== 4) {
    throw refuse("image.dims", { field: "images", got: shape.length }, `images must have 3 or 4 dimensions, [C, H, W] or [N, C, H, W] (got ${shape.length})`);
  }
  const H = shape[shape.length - 2];
  const W = shape[shape.length - 1];
  if (H % s !== 0 || W % s !== 0) {
    throw refuse("image.notDivisible", { stride: s, height: H, width: W }, `image height and width must be divisible by the stride ${s} (got ${H}×${W})`);
  }
  const { padding, outputPadding } = upsamplePadding(k, s);
  const planes = images.data.length / (H * W);
  const small = avgPool2d(images, s);
  const h = H / s;
  const w = W / s;
  const geometry = resolveConvTranspose2d(
    { shape: [planes, 1, h, w], data: small.data },
    { shape: [1, 1, k, k], data: { length: k * k } },
    { length: 1 },
    { stride: s, padding, outputPadding },
  );
  const region: [number, number, number, number] = border === "exclude" ? fullTapRegion(geometry) : [0, H, 0, W];
  return { geometry, inputs: small.data, targets: images.data, region };
}

/** The transposed convolution's output x̂ for kernel w (k·k values) and bias b: N·xH·xW values. */
export function upsampleForward(problem: UpsampleProblem, kernel: Float64Array, bias: number): Float64Array {
  return convTranspose2dRaw(problem.geometry, problem.inputs, kernel, Float64Array.of(bias));
}

/** The loss and its gradient with respect to every kernel weight and the bias. */
export interface LossAndGradient {
  loss: number;
  /** ∂L/∂w, k·k values, row-major. */
  kernel: Float64Array;
  /** ∂L/∂b. */
  bias: number;
}

/**
 * Mean squared error and its gradient, derived by hand. With R the problem's region of output
 * cells (every plane n, rows y0..y1−1, columns x0..x1−1) and M = |R|,
 *   x̂[n, oy, ox] = b + Σ y[n, iy, ix] · w[ky, kx] over oy = iy·s − p + ky, ox = ix·s − p + kx,
 *   L = (1/M) Σ_{(n,oy,ox) ∈ R} (x̂[n, oy, ox] − x[n, oy, ox])².
 * The upstream gradient is g = ∂L/∂x̂ = (2/M)(x̂ − x) on R and 0 elsewhere. Each weight w[ky, kx] multiplied y[n, iy, ix]
 * into exactly the cell (iy·s − p + ky, ix·s − p + kx), so by the chain rule
 *   ∂L/∂w[ky, kx] = Σ_{n, iy, ix} g[n, iy·s − p + ky, ix·s − p + kx] · y[n, iy, ix]
 * (positions cropped by padding contribute nothing): the stride-s correlation of the upstream
 * gradient with the input, i.e. conv2d(g, y) with dilation s and padding p read at the k×k taps,
 * the same links as the forward pass, gathered instead of scattered. The bias reaches every cell:
 *   ∂L/∂b = Σ_{n, oy, ox} g[n, oy, ox].
 * Cost: two passes of N·yH·yW·k² multiply-adds (forward and weight gradient) plus O(M).
 */
export function lossAndGradient(problem: UpsampleProblem, kernel: Float64Array, bias: number): LossAndGradient {
  const g = problem.geometry;
  const { xH, xW, yH, yW, kH, kW, sH, sW, pH, pW } = g;
  const y = problem.inputs;
  const x = problem.targets;
  const up = upsampleForward(problem, kernel, bias);
  const [y0, y1, x0, x1] = problem.region;
  const M = g.batch * (y1 - y0) * (x1 - x0);
  const scale = 2 / M;
  let sq = 0;
  let gb = 0;
  for (let n = 0; n < g.batch; n++) {
    for (let oy = 0; oy < xH; oy++) {
      const row = (n * xH + oy) * xW;
      if (oy < y0 || oy >= y1) {
        up.fill(0, row, row + xW);
        continue;
      }
      up.fill(0, row, row + x0);
      up.fill(0, row + x1, row + xW);
      for (let i = row + x0; i < row + x1; i++) {
        const r = up[i] - x[i];
        sq += r * r;
        up[i] = scale * r;
        gb += up[i];
      }
    }
  }
  const gw = new Float64Array(kH * kW);
  const xPlane = xH * xW;
  const yPlane = yH * yW;
  for (let ky = 0; ky < kH; ky++) {
    const [iyLo, iyHi] = tapRange(ky - pH, sH, xH, yH);
    for (let kx = 0; kx < kW; kx++) {
      const [ixLo, ixHi] = tapRange(kx - pW, sW, xW, yW);
      let acc = 0;
      for (let n = 0; n < g.batch; n++) {
        for (let iy = iyLo; iy < iyHi; iy++) {
          const yRow = n * yPlane + iy * yW;
          let xo = n * xPlane + (iy * sH - pH + ky) * xW + ixLo * sW - pW + kx;
          for (let ix = ixLo; ix < ixHi; ix++, xo += sW) acc += up[xo] * y[yRow + ix];
        }
      }
      gw[ky * kW + kx] = acc;
    }
  }
  return { loss: sq / M, kernel: gw, bias: gb };
}

/** The mean squared error over the problem's region alone (one forward pass), for reporting and finite differences. */
export function upsampleLoss(problem: UpsampleProblem, kernel: Float64Array, bias: number): number {
  const out = upsampleForward(problem, kernel, bias);
  const x = problem.targets;
  const { batch, xH, xW } = problem.geometry;
  const [y0, y1, x0, x1] = problem.region;
  let sq = 0;
  for (let n = 0; n < batch; n++) {
    for (let oy = y0; oy < y1; oy++) {
      const row = (n * xH + oy) * xW;
      for (let i = row + x0; i < row + x1; i++) {
        const r = out[i] - x[i];
        sq += r * r;
      }
    }
  }
  return sq / (batch * (y1 - y0) * (x1 - x0));
}

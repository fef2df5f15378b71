/**
 * Learned-upsampling figures for `npm run bench` (issue 5): a k=4, s=2 transposed-conv kernel and
 * bias trained by Adam (createTrainer's defaults: lr 0.05, PyTorch's random init, seed 1) to undo
 * 2×2 average pooling of a 64×64 image.
 * - Time per step: the median of chunks of 10 steps divided by 10, since the worker advances a run
 *   in chunks (a chunk also evaluates the final loss once).
 * - Where 500 steps get: the loss before and after, the exact least-squares optimum and the
 *   bilinear kernel's loss for comparison, and the distance to the bilinear kernel, on two
 *   deterministic images: 1/f noise (the amplitude spectrum of natural photographs, Field 1987)
 *   and a zone plate cos(π r²/N), which reaches the Nyquist frequency at its edge.
 */
import {
  createTrainer,
  distanceToBilinear,
  fill,
  leastSquaresKernel,
  mulberry32,
  trainStep,
  upsampleLoss,
  type Tensor,
} from "../src/core";
import { median, timeRepeated } from "./timing";

function print(name: string, value: number | string, unit: string): void {
  console.log(`${name}: ${value} ${unit}`);
}

/** 1/f noise: 400 plane waves of random direction and phase, amplitude 1/f, rescaled to [0, 1]. */
function pinkNoise(N: number, seed: number): Tensor {
  const rand = mulberry32(seed);
  const waves = Array.from({ length: 400 }, () => {
    const f = 0.5 + rand() * (N / 2 - 0.5);
    const theta = rand() * 2 * Math.PI;
    return { fx: (f * Math.cos(theta)) / N, fy: (f * Math.sin(theta)) / N, phase: rand() * 2 * Math.PI, a: 1 / f };
  });
  const data = new Float64Array(N * N);
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      let v = 0;
      for (const w of waves) v += w.a * Math.cos(2 * Math.PI * (w.fx * x + w.fy * y) + w.phase);
      data[y * N + x] = v;
    }
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of data) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  for (let i = 0; i < data.length; i++) data[i] = (data[i] - lo) / (hi - lo);
  return { shape: [1, N, N], data };
}

/** A zone plate 0.5 + 0.5·cos(π r²/N) about the centre: local frequency r/N cycles per pixel. */
function zonePlate(N: number): Tensor {
  const data = new Float64Array(N * N);
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      const r2 = (x - N / 2 + 0.5) ** 2 + (y - N / 2 + 0.5) ** 2;
      data[y * N + x] = 0.5 + 0.5 * Math.cos((Math.PI * r2) / N);
    }
  }
  return { shape: [1, N, N], data };
}

export function benchTrain(): void {
  const N = 64;
  const k = 4;
  const s = 2;
  const chunk = 10;
  const images: [string, Tensor][] = [
    ["pink_noise", pinkNoise(N, 7)],
    ["zone_plate", zonePlate(N)],
  ];

  let state = createTrainer({ images: images[0][1], kernelSize: k, stride: s, seed: 1 });
  const samples = timeRepeated(
    () => {
      state = trainStep(state, chunk).state;
    },
    { warmup: 5, iterations: 60 },
  );
  print("train_step_64x64_k4_s2_median", (median(samples) / chunk).toFixed(4), "ms");

  const bilinear = Float64Array.from(fill("bilinear", k, k, { stride: s }));
  for (const [name, image] of images) {
    const start = createTrainer({ images: image, kernelSize: k, stride: s, seed: 1 });
    const t0 = performance.now();
    const run = trainStep(start, 500);
    const ms = performance.now() - t0;
    const best = leastSquaresKernel(start.problem);
    const tag = `train_${name}_64x64_k4_s2_500_steps`;
    print(`${tag}_total`, ms.toFixed(1), "ms");
    print(`${tag}_loss_initial`, start.loss.toExponential(3), "mse");
    print(`${tag}_loss_at_100`, run.losses[100].toExponential(3), "mse");
    print(`${tag}_loss_final`, run.loss.toExponential(3), "mse");
    print(`${tag}_loss_least_squares_optimum`, best.loss.toExponential(3), "mse");
    print(`${tag}_loss_bilinear_kernel`, upsampleLoss(start.problem, bilinear, 0).toExponential(3), "mse");
    print(`${tag}_distance_to_bilinear_initial`, distanceToBilinear(start.kernel, k, s).toFixed(4), "l2");
    print(`${tag}_distance_to_bilinear_final`, run.distanceToBilinear.toFixed(4), "l2");
    print(`${tag}_distance_to_least_squares_final`, Math.hypot(...run.kernel.map((v, i) => v - best.kernel[i])).toFixed(4), "l2");
    print(`${tag}_least_squares_distance_to_bilinear`, distanceToBilinear(best.kernel, k, s).toFixed(4), "l2");
  }
}

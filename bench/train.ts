/**
 * Learned-upsampling figures for `npm run bench` (issue 5): a k=4, s=2 transposed-conv kernel and
 * bias trained by Adam (createTrainer's defaults: lr 0.05, PyTorch's random init, seed 1) to undo
 * 2×2 average pooling of a 64×64 image.
 * - Time per step: the median of chunks of 10 steps divided by 10, since the worker advances a run
 *   in chunks (a chunk also evaluates the final loss once).
 * - Where 500 steps get: the loss before and after, the exact least-squares optimum and the
 *   bilinear kernel's loss for comparison, and the distance to the bilinear kernel, on two
 *   deterministic images, the learn page's own: 1/f noise (the amplitude spectrum of natural
 *   photographs, Field 1987) and a zone plate, which reaches high frequencies at its edge.
 */
import {
  createTrainer,
  distanceToBilinear,
  fill,
  leastSquaresKernel,
  trainStep,
  upsampleLoss,
  type Tensor,
} from "../src/core";
import { syntheticImage, type SyntheticName } from "../src/worker/train/images";
import { median, timeRepeated } from "./timing";

function print(name: string, value: number | string, unit: string): void {
  console.log(`${name}: ${value} ${unit}`);
}

/** The learn page's own synthetic image (worker/train/images.ts) as a 1×N×N tensor. */
function image(name: SyntheticName, N: number): Tensor {
  const g = syntheticImage(name, N);
  return { shape: [1, N, N], data: g.data };
}

export function benchTrain(): void {
  const N = 64;
  const k = 4;
  const s = 2;
  const chunk = 10;
  const images: [string, Tensor][] = [
    ["pink_noise", image("noise", N)],
    ["zone_plate", image("zone", N)],
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

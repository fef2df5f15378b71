/**
 * `npm run bench`: prints one figure per line as `name: value unit`.
 *
 * - Trace build time: the scatter and zero-insertion traces of conv_transpose2d for a 64×64
 *   single-channel input, a 5×5 kernel and stride 2 (goal: median ≤ 20 ms for both together).
 * - The core against two references on [1,1,256,256], a 4×4 kernel, stride 2, padding 1 (output
 *   512×512): tfjs-backend-cpu's conv2dTranspose and a naive direct loop, each timed alternately
 *   with convTranspose2d in this process after checking that both agree with it on the same data.
 *   Ratios are ours/theirs, so lower is better (goals: < 1 against tfjs, ≤ 0.2 against the loop).
 */
import os from "node:os";
import {
  convTranspose2d,
  mulberry32,
  resolveConvTranspose2d,
  scatterTrace,
  zeroInsertionTrace,
  type ConvOptions,
  type Tensor,
} from "../src/core";
import { naiveConvTranspose2d } from "./naiveConvTranspose";
import { prepareTfjsConvTranspose, useTfjsCpu } from "./tfjs";
import { median, timeInterleaved, timeRepeated } from "./timing";
import { benchUpsample } from "./upsample";
import { benchTrain } from "./train";

function print(name: string, value: number | string, unit: string): void {
  console.log(`${name}: ${value} ${unit}`);
}

const ms = (v: number): string => v.toFixed(3);
const ratio = (v: number): string => v.toFixed(3);
const sci = (v: number): string => v.toExponential(2);

/** Deterministic uniform values in [−1, 1) (the core's mulberry32), so every run times the same data. */
function randomArray(n: number, seed: number): Float64Array {
  const rand = mulberry32(seed);
  return Float64Array.from({ length: n }, () => rand() * 2 - 1);
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length mismatch: ${a.length} vs ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

function benchTraces(): void {
  const input: Tensor = { shape: [1, 64, 64], data: randomArray(64 * 64, 1) };
  const weight: Tensor = { shape: [1, 1, 5, 5], data: randomArray(25, 2) };
  const g = resolveConvTranspose2d(input, weight, null, { stride: 2 });
  const plan = { warmup: 5, iterations: 40 };
  const scatter = timeRepeated(() => scatterTrace(g, input.data, weight.data, null), plan);
  const zero = timeRepeated(() => zeroInsertionTrace(g, input.data, weight.data, null), plan);
  const both = timeRepeated(
    () => [scatterTrace(g, input.data, weight.data, null), zeroInsertionTrace(g, input.data, weight.data, null)],
    plan,
  );
  print("trace_build_scatter_64x64_k5_s2_median", ms(median(scatter)), "ms");
  print("trace_build_zero_insertion_64x64_k5_s2_median", ms(median(zero)), "ms");
  print("trace_build_scatter_plus_zero_insertion_64x64_k5_s2_median", ms(median(both)), "ms");
  print("trace_build_iterations", plan.iterations, "count");
}

async function benchCore(): Promise<void> {
  const inputShape = [1, 1, 256, 256] as const;
  const weightShape = [1, 1, 4, 4] as const;
  const stride = 2;
  const padding = 1;
  const input: Tensor = { shape: [...inputShape], data: randomArray(256 * 256, 3) };
  const weight: Tensor = { shape: [...weightShape], data: randomArray(16, 4) };
  const options: ConvOptions = { stride, padding };
  const ours = (): Tensor => convTranspose2d(input, weight, null, options);
  const naive = () =>
    naiveConvTranspose2d(input.data, inputShape, weight.data, weightShape, null, {
      stride: [stride, stride],
      padding: [padding, padding],
      dilation: [1, 1],
      outputPadding: [0, 0],
      groups: 1,
    });

  await useTfjsCpu();
  const tfjs = prepareTfjsConvTranspose(input.data, inputShape, weight.data, weightShape, stride, padding);

  const reference = ours();
  const tfjsDiff = maxAbsDiff(reference.data, tfjs.toNCHW(tfjs.run()));
  const naiveDiff = maxAbsDiff(reference.data, naive().data);
  print("output_cells", reference.data.length, "count");
  print("tfjs_max_abs_diff", sci(tfjsDiff), "abs");
  print("naive_loop_max_abs_diff", sci(naiveDiff), "abs");
  // float32 (tfjs) against float64 on sums of four products of values in [−1, 1): ~1e−7 expected.
  if (!(tfjsDiff <= 1e-5)) throw new Error(`tfjs disagrees with convTranspose2d (max abs diff ${tfjsDiff})`);
  if (!(naiveDiff <= 1e-12)) throw new Error(`the naive loop disagrees with convTranspose2d (max abs diff ${naiveDiff})`);

  const tfjsPlan = { warmup: 3, iterations: 40 };
  const vsTfjs = timeInterleaved(ours, () => tfjs.run(), tfjsPlan);
  tfjs.dispose();
  const naivePlan = { warmup: 20, iterations: 300 };
  const vsNaive = timeInterleaved(ours, naive, naivePlan);

  const oursT = median(vsTfjs.a);
  const tfjsT = median(vsTfjs.b);
  print("convTranspose2d_256x256_k4_s2_p1_median_vs_tfjs_run", ms(oursT), "ms");
  print("tfjs_cpu_conv2dTranspose_256x256_k4_s2_p1_median", ms(tfjsT), "ms");
  print("convTranspose2d_vs_tfjs_cpu_ratio", ratio(oursT / tfjsT), "x");
  print("convTranspose2d_vs_tfjs_cpu_iterations", tfjsPlan.iterations, "count");
  const oursN = median(vsNaive.a);
  const naiveT = median(vsNaive.b);
  print("convTranspose2d_256x256_k4_s2_p1_median_vs_naive_run", ms(oursN), "ms");
  print("naive_loop_256x256_k4_s2_p1_median", ms(naiveT), "ms");
  print("convTranspose2d_vs_naive_loop_ratio", ratio(oursN / naiveT), "x");
  print("convTranspose2d_vs_naive_loop_iterations", naivePlan.iterations, "count");
}

async function main(): Promise<void> {
  print("node_version", process.versions.node, "semver");
  print("cpu_cores", os.cpus().length, "count");
  benchTraces();
  await benchCore();
  await benchUpsample();
  benchTrain();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

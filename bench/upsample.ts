/**
 * Upsampling figures for `npm run bench` (issue 5), on one 512×512 RGB image of seeded values:
 * - transposed-conv ×2 (k=4, s=2, p=1, one kernel for every channel, via convTransposeUpsample,
 *   i.e. conv_transpose2d with groups = 3) against tfjs-cpu's conv2dTranspose on the same data,
 *   timed alternately in one run after checking both outputs agree; the ratio is ours/theirs
 *   (goal ≤ 1). tfjs has no grouped transposed convolution, so it gets the equivalent and cheapest
 *   formulation: the three channels as a batch of three single-channel images.
 * - nearest, bilinear and bicubic ×2 (upsample, PyTorch's align_corners=False): median ms.
 */
import * as tf from "@tensorflow/tfjs-core";
import { convTransposeUpsample, fill, mulberry32, upsample, type Tensor, type UpsampleMode } from "../src/core";
import { useTfjsCpu } from "./tfjs";
import { median, timeInterleaved, timeRepeated } from "./timing";

function print(name: string, value: number | string, unit: string): void {
  console.log(`${name}: ${value} ${unit}`);
}

function seededImage(C: number, H: number, W: number, seed: number): Tensor {
  const rand = mulberry32(seed);
  const data = new Float64Array(C * H * W);
  for (let i = 0; i < data.length; i++) data[i] = rand();
  return { shape: [C, H, W], data };
}

export async function benchUpsample(): Promise<void> {
  const C = 3;
  const N = 512;
  const k = 4;
  const s = 2;
  const image = seededImage(C, N, N, 11);
  const kernel = Float64Array.from(fill("randomDecimals", k, k, { seed: 5 }));
  const ours = (): Tensor => convTransposeUpsample(image, { kernel, kernelSize: k, stride: s });

  await useTfjsCpu();
  const x = tf.tensor4d(Float32Array.from(image.data), [C, N, N, 1]);
  const f = tf.tensor4d(Float32Array.from(kernel), [k, k, 1, 1]);
  const outShape: [number, number, number, number] = [C, N * s, N * s, 1];
  const theirs = (): Float32Array => {
    const y = tf.conv2dTranspose(x, f, outShape, s, 1);
    const data = y.dataSync() as Float32Array;
    y.dispose();
    return data;
  };

  const reference = ours();
  const check = theirs();
  let diff = 0;
  for (let i = 0; i < reference.data.length; i++) diff = Math.max(diff, Math.abs(reference.data[i] - check[i]));
  print("upsample_convTranspose_output_cells", reference.data.length, "count");
  print("upsample_convTranspose_tfjs_max_abs_diff", diff.toExponential(2), "abs");
  if (reference.data.length !== check.length || !(diff <= 1e-5)) {
    throw new Error(`tfjs disagrees with convTransposeUpsample (max abs diff ${diff})`);
  }

  const plan = { warmup: 2, iterations: 16 };
  const vs = timeInterleaved(ours, theirs, plan);
  x.dispose();
  f.dispose();
  const oursT = median(vs.a);
  const tfjsT = median(vs.b);
  print("upsample_convTranspose_512x512_rgb_x2_k4_median", oursT.toFixed(3), "ms");
  print("tfjs_cpu_conv2dTranspose_512x512_rgb_x2_k4_median", tfjsT.toFixed(3), "ms");
  print("upsample_convTranspose_vs_tfjs_cpu_ratio", (oursT / tfjsT).toFixed(3), "x");
  print("upsample_convTranspose_vs_tfjs_cpu_iterations", plan.iterations, "count");

  const modes: UpsampleMode[] = ["nearest", "bilinear", "bicubic"];
  for (const mode of modes) {
    const samples = timeRepeated(() => upsample(image, { mode, scale: 2 }), { warmup: 3, iterations: 20 });
    print(`upsample_${mode}_512x512_rgb_x2_median`, median(samples).toFixed(3), "ms");
  }
}

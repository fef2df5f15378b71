import { avgPool2d, convTransposeUpsample, resizeConvolution, type Tensor } from "../../core";
import { checkWhole } from "../jobProblems";
import { toPicture, toPlanes } from "./planes";
import type { ArtifactJob, ArtifactResult } from "./protocol";
import { resolveKernel } from "./resolveKernel";
import { sourcePicture } from "./sourcePicture";

/** Layer counts and strides the demo accepts (s^layers is the total scale). */
export const MAX_LAYERS = 3;
export const MAX_STRIDE = 8;

/**
 * The checkerboard page's image demo (see ArtifactJob): the source pooled by F = s^layers, then
 * upsampled F times back by a stack of transposed convolutions and, beside it, by a stack of
 * resize-convolutions with the same weights divided by s². A transposed convolution whose k is
 * not a multiple of s paints its uneven coverage onto the image as a grid; resize-convolution
 * gives every output cell all k² weights, so its output carries no grid.
 */
export function runArtifact(job: ArtifactJob): ArtifactResult {
  const { stride: s, layers, smooth, kernelSize: k } = job;
  checkWhole("stride", s, 1, MAX_STRIDE);
  checkWhole("layers", layers, 1, MAX_LAYERS);
  const spec =
    job.weights.kind === "random"
      ? { kind: "random" as const, size: k, seed: job.weights.seed }
      : { kind: "constant" as const, size: k };
  const kernel = resolveKernel(spec, s);
  const box = smooth > 0 ? resolveKernel({ kind: "constant", size: smooth }, 1) : null;
  const input = avgPool2d(toPlanes(sourcePicture(job.source), job.color), s ** layers);
  let transposed: Tensor = input;
  let resize: Tensor = input;
  const shared = kernel.map((w) => w / (s * s));
  for (let l = 0; l < layers; l++) {
    transposed = convTransposeUpsample(transposed, { kernel, kernelSize: k, stride: s });
    resize = resizeConvolution(resize, { kernel: shared, kernelSize: k, stride: s });
  }
  if (box) {
    transposed = resizeConvolution(transposed, { kernel: box, kernelSize: smooth, stride: 1 });
    resize = resizeConvolution(resize, { kernel: box, kernelSize: smooth, stride: 1 });
  }
  return { input: toPicture(input), transposed: toPicture(transposed), resize: toPicture(resize), kernel };
}

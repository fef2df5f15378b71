import { avgPool2d, convTransposeUpsample, resizeConvolution, upsample, type Tensor } from "../../core";
import { checkWhole, refuseJob } from "../jobProblems";
import { compare, toPicture, toPlanes } from "./planes";
import type { LabJob, LabMethod, LabPanel, LabResult } from "./protocol";
import { resolveKernel } from "./resolveKernel";
import { sourcePicture } from "./sourcePicture";

/** The scale factors the lab accepts. */
export const MAX_SCALE = 8;

/**
 * The upsampling lab (see LabJob): reference → s×s average pool → five ×s upsamplers, each
 * compared with the reference. The reference is first cropped to a multiple of s so that every
 * output has exactly its size. Cost, per channel of an H×W reference: the pool H·W adds; nearest,
 * bilinear and bicubic 1, 2 and 4 taps per cell and axis; the transposed convolution
 * (H/s)(W/s)·k² multiply-adds; resize-convolution H·W·k², s² times more.
 */
export function runLab(job: LabJob): LabResult {
  const s = job.scale;
  checkWhole("scale", s, 2, MAX_SCALE);
  const kernel = resolveKernel(job.kernel, s);
  const k = job.kernel.size;
  const full = toPlanes(sourcePicture(job.source), job.color);
  const ref = cropTo(full, s);
  const input = avgPool2d(ref, s);
  const outputs: Record<LabMethod, () => Tensor> = {
    nearest: () => upsample(input, { mode: "nearest", scale: s }),
    bilinear: () => upsample(input, { mode: "bilinear", scale: s }),
    bicubic: () => upsample(input, { mode: "bicubic", scale: s }),
    transposed: () => convTransposeUpsample(input, { kernel, kernelSize: k, stride: s }),
    resize: () => resizeConvolution(input, { kernel: kernel.map((w) => w / (s * s)), kernelSize: k, stride: s }),
  };
  const panels: LabPanel[] = (Object.keys(outputs) as LabMethod[]).map((method) => {
    const out = outputs[method]();
    return { method, picture: toPicture(out), ...compare(out, ref) };
  });
  return { reference: toPicture(ref), input: toPicture(input), kernel, kernelSize: k, panels };
}

/**
 * The top-left (s·⌊H/s⌋) × (s·⌊W/s⌋) of a [C, H, W] tensor: what avg_pool2d's floor mode keeps,
 * so pooling and ×s upsampling return exactly this size. Throws when a side is shorter than s.
 */
export function cropTo(t: Tensor, s: number): Tensor {
  const [C, H, W] = t.shape;
  const h = s * Math.floor(H / s);
  const w = s * Math.floor(W / s);
  if (h < s || w < s) {
    throw refuseJob("job.imageTooSmall", { scale: s, width: W, height: H }, `the image must be at least ${s}×${s} pixels for ×${s} (got ${W}×${H})`);
  }
  if (h === H && w === W) return t;
  const data = new Float64Array(C * h * w);
  for (let c = 0; c < C; c++) {
    for (let y = 0; y < h; y++) {
      const src = c * H * W + y * W;
      data.set(t.data.subarray(src, src + w), c * h * w + y * w);
    }
  }
  return { shape: [C, h, w], data };
}

import { refusalMaker } from "../core/problem";

/**
 * The problems the image and training workers' own checks raise, beyond the core's (see
 * core/problem.ts); `field` is a field code. Each message names the field, the rule and the value.
 */
export const JOB_PROBLEMS = {
  "job.wholeRange": ["field", "min", "max", "got"],
  "job.seed": ["got"],
  "job.imageBytes": ["count", "width", "height", "got"],
  "job.imageTooSmall": ["scale", "width", "height"],
  "job.kernelValues": ["count", "got"],
  "job.kernelValue": ["index", "got"],
  "job.coverageTooWide": ["side", "limit"],
  "job.steps": ["got"],
  "job.pace": ["got"],
  "job.filterOdd": ["got"],
  "job.topK": ["got"],
} as const;

export const refuseJob = /* @__PURE__ */ refusalMaker(JOB_PROBLEMS);

/** The English names of the fields the jobs check, keyed by field code. */
export const JOB_FIELD_NAMES = {
  imageWidth: "image width",
  imageHeight: "image height",
  kernelSize: "kernel size",
  scale: "scale",
  stride: "stride",
  layers: "layers",
  smoothKernelSize: "smoothing kernel size",
  inputSize1d: "1D input size",
  inputSize2d: "2D input size",
} as const;

/** A whole number in [min, max], or a refusal naming the field (a code of JOB_FIELD_NAMES). */
export function checkWhole(field: keyof typeof JOB_FIELD_NAMES, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw refuseJob("job.wholeRange", { field, min, max, got: v }, `${JOB_FIELD_NAMES[field]} must be a whole number from ${min} to ${max} (got ${v})`);
  }
}

import type { CheckerboardRule, CoverageMap } from "../../core";
import type { ColorMode } from "../../model/pageSettings";
import type { Failure } from "../reply";

/**
 * The messages between the "why" pages and the image worker (a separate worker from the
 * explorer's, so a slow image job never delays a step trace). Every request carries an `id`; the
 * answer repeats it so the client can drop answers it no longer wants (latest request wins, per
 * request type). Images travel as RGBA bytes, exactly as a canvas gives them; the worker turns
 * them into float64 planes, runs core, and sends RGBA bytes back with their buffers transferred.
 */

/** An image as a canvas gives it: RGBA bytes, row-major, 4 per pixel. */
export interface Picture {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

/** Test patterns generated in code (see patterns.ts); "flat" is a uniform mid grey. */
export type PatternName = "zonePlate" | "checkerboard" | "text" | "flat";

export type ImageSource =
  | { kind: "pixels"; picture: Picture }
  | { kind: "pattern"; pattern: PatternName; width: number; height: number };

/**
 * A k×k kernel for an upsampling transposed convolution of stride s. Every kind but "values" is
 * scaled so its weights sum to s², which keeps a flat image's mean brightness (each output cell
 * receives on average k²/s² contributions).
 * - bilinear: FCN's initialisation, fill("bilinear", k, k, {stride: s}) (sums to s² for k = 2s);
 * - constant: every weight s²/k²;
 * - random: uniform in [0, 1) from mulberry32(seed), rescaled to sum s²;
 * - values: exactly as typed.
 */
export type KernelSpec =
  | { kind: "bilinear"; size: number }
  | { kind: "constant"; size: number }
  | { kind: "random"; size: number; seed: number }
  | { kind: "values"; size: number; values: number[] };

/** The five upsamplers of the lab, in display order. */
export type LabMethod = "nearest" | "bilinear" | "bicubic" | "transposed" | "resize";

/**
 * The upsampling lab: the source is the reference; its s×s average pool (core avgPool2d) is the
 * low-resolution input; every method upsamples that input ×s back to the reference's size.
 */
export interface LabJob {
  source: ImageSource;
  color: ColorMode;
  scale: number;
  kernel: KernelSpec;
}

export interface LabPanel {
  method: LabMethod;
  picture: Picture;
  /** Per pixel, the mean over channels of |method − reference|, in 0..255 units. */
  error: Float32Array;
  /** Mean squared error over every channel value, in 0..255 units, and the PSNR in dB. */
  mse: number;
  psnr: number;
  /** The 99th percentile of `error`, for a shared colour scale that a few outliers do not flatten. */
  p99: number;
}

export interface LabResult {
  reference: Picture;
  input: Picture;
  /** The transposed convolution's kernel, k·k row-major; resize-convolution uses it divided by s². */
  kernel: Float64Array;
  kernelSize: number;
  panels: LabPanel[];
}

/** Weights of the checkerboard page's image demo: constant, or seeded random (both sum to s²). */
export type ArtifactWeights = { kind: "constant" } | { kind: "random"; seed: number };

/**
 * The checkerboard page's image demo: the source pooled by s^layers, then `layers` transposed
 * convolutions (k, s) against `layers` resize-convolutions (nearest ×s + stride-1 conv, the same
 * kernel divided by s²), each optionally followed by one stride-1 `smooth`×`smooth` box filter.
 */
export interface ArtifactJob {
  source: ImageSource;
  color: ColorMode;
  kernelSize: number;
  stride: number;
  layers: number;
  /** Kernel size of a final stride-1 box filter; 0 for none. */
  smooth: number;
  weights: ArtifactWeights;
}

export interface ArtifactResult {
  input: Picture;
  transposed: Picture;
  resize: Picture;
  kernel: Float64Array;
}

/**
 * Coverage maps of a stack of `layers` identical transposed convolutions (k, s, padding 0), then
 * optionally one stride-1 layer of kernel `smooth`: the counts after each layer, in 1D (input
 * `size1d`) and 2D (input `size2d`×`size2d`), and the single-layer rule for (k, s).
 */
export interface CoverageJob {
  kernelSize: number;
  stride: number;
  layers: number;
  smooth: number;
  size1d: number;
  size2d: number;
}

export interface CoverageResult {
  rule: CheckerboardRule;
  /** The map after layer 1, after layers 1–2, …, and after the smoothing layer when there is one. */
  stages1d: CoverageMap[];
  stages2d: CoverageMap[];
}

export interface JobMap {
  lab: { job: LabJob; result: LabResult };
  artifact: { job: ArtifactJob; result: ArtifactResult };
  coverage: { job: CoverageJob; result: CoverageResult };
}

export type JobType = keyof JobMap;

export type ImageRequest = { [T in JobType]: { id: number; type: T; job: JobMap[T]["job"] } }[JobType];

export type ImageSuccess = { [T in JobType]: { id: number; ok: true; type: T; result: JobMap[T]["result"] } }[JobType];

/** A refused or failed job (see ../reply.ts): `message` is core's RangeError text (or ours), ready to show. */
export type ImageFailure = Failure;

export type ImageResponse = ImageSuccess | ImageFailure;

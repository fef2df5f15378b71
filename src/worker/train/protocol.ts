import type { EncoderDecoder, EncoderDecoderOptions, GeneratorLayer, GeneratorOptions, KernelInit, OptimizerConfig } from "../../core";
import type { Problem } from "../../core/problem";

/**
 * The messages between the "why" pages and their worker: a training run that lives in the worker
 * and reports progress between chunks, and one-shot requests (feature projection, network sizes).
 * Grids travel as flat row-major Float64Arrays whose buffers are transferred, not copied.
 */

/** A single-channel image, flat row-major, values in [0, 1]. */
export interface GrayImage {
  width: number;
  height: number;
  data: Float64Array;
}

/**
 * An image by name (generated in the worker, the same on every machine) or as pixels (a photo the
 * page decoded). The worker crops it so both sides are multiples of the stride.
 */
export type ImageSource = { kind: "synthetic"; name: "noise" | "zone" | "shapes" } | { kind: "pixels"; image: GrayImage };

/** What one training run is: everything needed to reproduce it bit for bit. */
export interface TrainConfig {
  /** The original (target) image. */
  image: ImageSource;
  kernelSize: number;
  stride: number;
  optimizer: OptimizerConfig;
  init: KernelInit;
  /** Seed of the random init (mulberry32). */
  seed: number;
  /** The run stops by itself after this many updates. */
  maxSteps: number;
  /** Updates per chunk; progress is posted after every chunk. */
  stepsPerChunk: number;
  /** Least time from one chunk's start to the next (ms): sets the report rate, ~15 per second. */
  chunkMs: number;
  /** Start paused at step 0 (the page shows the initial kernel and waits for Start). */
  paused?: boolean;
}

/** Start a run (replacing any other); `run` names it in every answer. */
export interface TrainStart {
  type: "train-start";
  run: number;
  config: TrainConfig;
}

/** Pause, resume or stop the run `run`; a message about another run is ignored. */
export interface TrainControl {
  type: "train-pause" | "train-resume" | "train-stop";
  run: number;
}

/** Change the pace of the run `run` (updates per chunk); the run itself is unchanged. */
export interface TrainPace {
  type: "train-pace";
  run: number;
  stepsPerChunk: number;
}

/** Zeiler & Fergus's projection of one feature's strongest activations back to pixels. */
export interface ProjectParams {
  image: ImageSource;
  /** k×k filter, row-major (odd k: the maps keep the image's size with padding ⌊k/2⌋). */
  filter: Float64Array;
  kernelSize: number;
  /** How many of the largest activations are kept; the rest become 0. */
  topK: number;
}

export interface ProjectRequest {
  type: "project";
  id: number;
  params: ProjectParams;
}

/** Sizes of a DCGAN generator or an FCN / U-Net encoder–decoder (core's networks.ts). */
export type NetworkQuery = { kind: "dcgan"; options: GeneratorOptions } | { kind: "encoderDecoder"; options: EncoderDecoderOptions };

export interface NetworkRequest {
  type: "network";
  id: number;
  query: NetworkQuery;
}

export type WhyRequest = TrainStart | TrainControl | TrainPace | ProjectRequest | NetworkRequest;

/** The first answer to a run: the problem's fixed references, computed once. */
export interface TrainStarted {
  type: "train-started";
  run: number;
  width: number;
  height: number;
  /** The original image, width × height (after cropping to multiples of s). */
  target: Float64Array;
  /** The pooled input the kernel upsamples (width/s × height/s). */
  input: Float64Array;
  /** The bilinear kernel, its output and its loss: the hand-designed reference. */
  bilinear: Float64Array;
  bilinearOutput: Float64Array;
  bilinearLoss: number;
  /** The exact least-squares kernel, bias and loss: where gradient descent is heading. */
  optimum: { kernel: Float64Array; bias: number; loss: number };
}

export type TrainStatus = "running" | "paused" | "done";

/** Posted after every chunk, and when a run pauses. */
export interface TrainProgressMessage {
  type: "train-progress";
  run: number;
  status: TrainStatus;
  /** Updates applied so far. */
  step: number;
  /** The loss before each update of this chunk, in order: the losses at steps step − n … step − 1. */
  losses: Float64Array;
  /** The loss at the current kernel and bias. */
  loss: number;
  kernel: Float64Array;
  bias: number;
  distanceToBilinear: number;
  /** ‖w − w*‖₂ to the least-squares kernel. */
  distanceToOptimum: number;
  /** The current reconstruction, width × height. */
  output: Float64Array;
}

export interface ProjectResult {
  width: number;
  height: number;
  /** The image the feature was computed on. */
  image: Float64Array;
  /** conv2d(image, filter), same size as the image. */
  activation: Float64Array;
  /** Flat indices of the kept activations, strongest first. */
  kept: Int32Array;
  /** convTranspose2d(kept activations, same filter): the pattern in pixel space. */
  projection: Float64Array;
}

export interface ProjectSuccess {
  type: "project";
  id: number;
  ok: true;
  result: ProjectResult;
}

export type NetworkResult = { kind: "dcgan"; layers: GeneratorLayer[] } | { kind: "encoderDecoder"; network: EncoderDecoder };

export interface NetworkSuccess {
  type: "network";
  id: number;
  ok: true;
  result: NetworkResult;
}

/**
 * A refused request or run: `message` is core's RangeError text (it names the field and the rule),
 * ready to show. `run` is set for a training run, `id` for a one-shot request.
 */
export interface WhyFailure {
  type: "failure";
  ok: false;
  run?: number;
  id?: number;
  name: string;
  message: string;
  /** The refusal as data (see ../reply.ts). */
  problem?: Problem;
}

export type WhyResponse = TrainStarted | TrainProgressMessage | ProjectSuccess | NetworkSuccess | WhyFailure;

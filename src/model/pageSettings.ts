import type { KernelInit } from "../core";

/**
 * The settings of the "why" pages, as the pages know them: the learn page's training run, the
 * upsampling lab and the checkerboard page, with their choices, ranges and defaults. What a link
 * writes for each is url/pageSettings.ts's table.
 */

/** Grayscale is one plane (Rec. 601 luma); RGB is three, every method applied channel by channel. */
export type ColorMode = "gray" | "rgb";

export type TrainImageName = "camera" | "astronaut" | "coffee" | "chelsea" | "noise" | "zone";
export const TRAIN_IMAGES: readonly TrainImageName[] = ["camera", "astronaut", "coffee", "chelsea", "noise", "zone"];
export type OptimizerKind = "adam" | "momentum";
export const OPTIMIZERS: readonly OptimizerKind[] = ["adam", "momentum"];
export const INITS: readonly KernelInit[] = ["random", "zeros", "bilinear"];
export const LEARNING_RATES = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5] as const;
export const STEP_COUNTS = [100, 200, 500, 1000, 2000, 5000] as const;
export const KERNEL_RANGE = { min: 1, max: 8 } as const;
export const STRIDE_RANGE = { min: 1, max: 4 } as const;
/** What mulberry32 takes (and SeedField accepts): a whole number 0..2³²−1. */
export const SEED_RANGE = { min: 0, max: 4294967295 } as const;

/** The settings that decide a training run on the learn page (its pace is not part of a run). */
export interface TrainSettings {
  image: TrainImageName;
  kernelSize: number;
  stride: number;
  optimizer: OptimizerKind;
  learningRate: number;
  init: KernelInit;
  seed: number;
  steps: number;
}

export const DEFAULT_TRAIN_SETTINGS: TrainSettings = {
  image: "camera",
  kernelSize: 4,
  stride: 2,
  optimizer: "adam",
  learningRate: 0.05,
  init: "random",
  seed: 1,
  steps: 2000,
};

/** The upsampling lab's images that a link can name (a person's own file cannot travel in one). */
export type LabImageName = "chelsea" | "coffee" | "astronaut" | "camera" | "zonePlate" | "checkerboard" | "text";
export const LAB_IMAGES: readonly LabImageName[] = ["chelsea", "coffee", "astronaut", "camera", "zonePlate", "checkerboard", "text"];
export type LabKernelKind = "bilinear" | "random" | "typed";
export const LAB_KERNEL_KINDS: readonly LabKernelKind[] = ["bilinear", "random", "typed"];
export type LabViewName = "image" | "diff";
export const LAB_VIEWS: readonly LabViewName[] = ["image", "diff"];
export const LAB_SCALES = [2, 4] as const;
export const LAB_LENS_SIZES = [16, 32, 64] as const;
/** The worker's largest kernel side, for the bilinear/random size and for a typed kernel. */
export const LAB_KERNEL_RANGE = { min: 1, max: 16 } as const;
export const LAB_SEED_RANGE = { min: 0, max: 2 ** 31 - 1 } as const;
/** Typed kernel values, as the explorer's cells. */
export const TYPED_VALUE_LIMIT = 1e6;

/** A typed square kernel: k·k values, row-major. */
export interface TypedKernel {
  values: number[];
  k: number;
}

export interface UpsampleSettings {
  image: LabImageName;
  scale: number;
  color: ColorMode;
  view: LabViewName;
  lensSize: number;
  kernel: LabKernelKind;
  /** Side of the bilinear or random kernel. */
  kernelSize: number;
  seed: number;
  /** The last typed kernel that parsed, kept while another kind is chosen. */
  typed: TypedKernel | null;
  /** The lens centre as a fraction of the image's width and height. */
  lensX: number;
  lensY: number;
}

export const DEFAULT_UPSAMPLE_SETTINGS: UpsampleSettings = {
  image: "chelsea",
  scale: 2,
  color: "rgb",
  view: "image",
  lensSize: 32,
  kernel: "bilinear",
  // FCN's choice, k = 2s (the page keeps it so when the scale changes): the bilinear kernel is
  // then exactly bilinear interpolation.
  kernelSize: 4,
  seed: 7,
  typed: null,
  lensX: 0.45,
  lensY: 0.4,
};

export type DemoImageName = "chelsea" | "coffee" | "astronaut" | "camera" | "flat" | "zonePlate" | "text" | "checkerboard";
export const DEMO_IMAGES: readonly DemoImageName[] = ["chelsea", "coffee", "astronaut", "camera", "flat", "zonePlate", "text", "checkerboard"];
export type DemoWeightsKind = "constant" | "random";
export const DEMO_WEIGHTS: readonly DemoWeightsKind[] = ["constant", "random"];
export const CHECKER_KERNEL_RANGE = { min: 1, max: 7 } as const;
export const CHECKER_STRIDE_RANGE = { min: 1, max: 4 } as const;
export const CHECKER_LAYERS_RANGE = { min: 1, max: 3 } as const;

export interface CheckerboardSettings {
  kernelSize: number;
  stride: number;
  layers: number;
  /** The final stride-1 layer's kernel side, or 0 for none. */
  smooth: number;
  image: DemoImageName;
  weights: DemoWeightsKind;
  /** The random weights' seed, kept while the weights are constant. */
  seed: number;
}

export const DEFAULT_CHECKERBOARD_SETTINGS: CheckerboardSettings = {
  kernelSize: 3,
  stride: 2,
  layers: 1,
  smooth: 0,
  image: "chelsea",
  weights: "constant",
  seed: 3,
};

export interface PageSettings {
  learn: TrainSettings;
  upsample: UpsampleSettings;
  checkerboard: CheckerboardSettings;
}
export type SettingsPage = keyof PageSettings;
export const SETTINGS_PAGES: readonly SettingsPage[] = ["learn", "upsample", "checkerboard"];

export function defaultPageSettings(): PageSettings {
  return {
    learn: { ...DEFAULT_TRAIN_SETTINGS },
    upsample: { ...DEFAULT_UPSAMPLE_SETTINGS },
    checkerboard: { ...DEFAULT_CHECKERBOARD_SETTINGS },
  };
}

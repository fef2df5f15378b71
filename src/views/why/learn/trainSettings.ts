import type { KernelInit } from "../../../core";

/**
 * The settings that decide a training run, one row per field with its range and default: what a
 * link must carry so that the run reproduces (the URL codec reads the same table). `speed` only
 * paces the display and is not part of a run.
 */
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

export type Speed = "slow" | "normal" | "fast";
export const SPEEDS: readonly Speed[] = ["slow", "normal", "fast"];
/**
 * Updates per chunk; chunks start every CHUNK_MS (12.5 reports a second, each one React render of
 * the page: a few ms of script, plus paint), so "normal" is ~190 updates a second and the default
 * 2000 steps take ~11 s; "fast" is ~600 a second (2000 steps: ~16 ms of worker time per chunk at
 * 128×128, k = 4).
 */
export const STEPS_PER_CHUNK: Record<Speed, number> = { slow: 2, normal: 15, fast: 50 };
export const CHUNK_MS = 80;

const clampInt = (v: unknown, r: { min: number; max: number }, fallback: number): number => {
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? Math.min(r.max, Math.max(r.min, Math.round(n))) : fallback;
};
const oneOf = <T>(values: readonly T[], v: unknown, fallback: T): T => ((values as readonly unknown[]).includes(v) ? (v as T) : fallback);
const nearest = (values: readonly number[], v: unknown, fallback: number): number => {
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isFinite(n)) return fallback;
  return values.reduce((best, x) => (Math.abs(Math.log(x / n)) < Math.abs(Math.log(best / n)) ? x : best), values[0]);
};

/**
 * Any raw settings (a link, a form, a stale state) as valid ones: integers clamped to their range,
 * the learning rate and step count snapped to the offered values, unknown names replaced by the
 * default. Never throws. Combinations the core refuses (s = 1 with an even k) pass through: the
 * worker answers them with core's message.
 */
export function normalizeTrainSettings(raw: Partial<Record<keyof TrainSettings, unknown>>): TrainSettings {
  const d = DEFAULT_TRAIN_SETTINGS;
  return {
    image: oneOf(TRAIN_IMAGES, raw.image, d.image),
    kernelSize: clampInt(raw.kernelSize ?? d.kernelSize, KERNEL_RANGE, d.kernelSize),
    stride: clampInt(raw.stride ?? d.stride, STRIDE_RANGE, d.stride),
    optimizer: oneOf(OPTIMIZERS, raw.optimizer, d.optimizer),
    learningRate: nearest(LEARNING_RATES, raw.learningRate ?? d.learningRate, d.learningRate),
    init: oneOf(INITS, raw.init, d.init),
    seed: clampInt(raw.seed ?? d.seed, SEED_RANGE, d.seed),
    steps: nearest(STEP_COUNTS, raw.steps ?? d.steps, d.steps),
  };
}

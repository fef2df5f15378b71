/**
 * The settings that decide a training run, one row per field with its range and default, live in
 * url/pageSettings.ts: they are what a link carries so that the run reproduces (fields timg, tk,
 * ts, topt, tlr, tinit, tseed, tsteps). `speed` only paces the display and is not part of a run.
 */
export {
  DEFAULT_TRAIN_SETTINGS,
  INITS,
  KERNEL_RANGE,
  LEARNING_RATES,
  OPTIMIZERS,
  SEED_RANGE,
  STEP_COUNTS,
  STRIDE_RANGE,
  TRAIN_IMAGES,
  type OptimizerKind,
  type TrainImageName,
  type TrainSettings,
} from "../../../model/pageSettings";

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

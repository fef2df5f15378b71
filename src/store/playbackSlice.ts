import type { Exploration } from "../core";
import { MAX_SPEED, MIN_SPEED } from "../playback/speeds";
import type { AppState, SliceCreator } from "./types";
import { MAC_STEP_LIMIT, type Granularity } from "./viewSlice";


/** The step index only: the views derive everything else from (trace, step). */
export interface PlaybackSlice {
  /** −1 before the first step, then 0..steps−1. */
  step: number;
  playing: boolean;
  /** Steps per second. */
  speed: number;
  setStep: (step: number) => void;
  /** A user's step: pauses playback. */
  stepForward: () => void;
  stepBack: () => void;
  /** Back to before the first step. */
  resetPlayback: () => void;
  /** The final state. */
  toEnd: () => void;
  /** Starts playing; from the end it starts over. The first step is taken at once. */
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  /** The player's clock: one step, stopping at the end (or starting over when looping). */
  tick: () => void;
  /** Keeps the step inside a new trace (after a recompute), so an edit does not lose the place. */
  clampStep: () => void;
  setSpeed: (speed: number) => void;
}

/** Multiply-adds of an exploration: conv taps, or transposed-conv contributions (cropped ones included). */
export function macsOf(e: Exploration): number {
  if (e.window) return e.window.steps * e.window.tapsPerStep;
  return e.scatter ? e.scatter.steps * e.scatter.contribPerStep : 0;
}

/**
 * The granularity a step really has: conv mode has no scatter order (it gathers), and single
 * multiply-adds are offered only up to MAC_STEP_LIMIT.
 */
export function effectiveGranularity(e: Exploration | null, g: Granularity): Granularity {
  if (!e) return g;
  if (g === "mac" && macsOf(e) > MAC_STEP_LIMIT) return e.mode === "conv" ? "gather" : "scatter";
  if (g === "scatter" && e.mode === "conv") return "gather";
  return g;
}

/**
 * Steps of the exploration at a granularity: output cells (gather), input cells (scatter, in
 * transposed mode), or multiply-adds.
 */
export function stepsOf(e: Exploration | null, g: Granularity = "scatter"): number {
  if (!e) return 0;
  const eff = effectiveGranularity(e, g);
  if (eff === "mac") return macsOf(e);
  if (e.mode === "conv") return e.window?.steps ?? 0;
  return eff === "gather" ? (e.zeroInsertion?.window.steps ?? 0) : (e.scatter?.steps ?? 0);
}

/** The current number of steps, as views and actions see it. */
export function selectSteps(s: Pick<AppState, "exploration" | "granularity">): number {
  return stepsOf(s.exploration, s.granularity);
}

function clampStep(step: number, steps: number): number {
  if (!Number.isFinite(step)) return -1;
  return Math.max(-1, Math.min(steps - 1, Math.trunc(step)));
}

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get) => {
  const steps = (): number => selectSteps(get());
  return {
    step: -1,
    playing: false,
    speed: 1,
    setStep: (step) => set({ step: clampStep(step, steps()), playing: false }),
    stepForward: () => set({ step: clampStep(get().step + 1, steps()), playing: false }),
    stepBack: () => set({ step: clampStep(get().step - 1, steps()), playing: false }),
    resetPlayback: () => set({ step: -1, playing: false }),
    toEnd: () => set({ step: steps() - 1, playing: false }),
    play: () => {
      const n = steps();
      if (n === 0) return;
      const from = get().step >= n - 1 ? -1 : get().step;
      const step = from + 1;
      set({ step, playing: step < n - 1 });
    },
    pause: () => set({ playing: false }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    tick: () => {
      const n = steps();
      if (get().loop && get().step >= n - 1) {
        set({ step: n > 0 ? 0 : -1 });
        return;
      }
      const step = clampStep(get().step + 1, n);
      set({ step, playing: get().playing && (step < n - 1 || get().loop) });
    },
    clampStep: () => set({ step: clampStep(get().step, steps()) }),
    setSpeed: (speed) => {
      if (Number.isFinite(speed) && speed > 0) set({ speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) });
    },
  };
};

import type { Exploration } from "../core";
import type { SliceCreator } from "./types";

/** Steps per second the player offers; 1 is the default. */
export const SPEEDS = [0.5, 1, 2, 4] as const;

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
  /** The player's clock: one step, stopping at the end. */
  tick: () => void;
  setSpeed: (speed: number) => void;
}

/** Steps of the exploration's trace: output cells in conv mode, input cells in transposed mode. */
export function stepsOf(exploration: Exploration | null): number {
  if (!exploration) return 0;
  return exploration.window?.steps ?? exploration.scatter?.steps ?? 0;
}

function clampStep(step: number, steps: number): number {
  if (!Number.isFinite(step)) return -1;
  return Math.max(-1, Math.min(steps - 1, Math.trunc(step)));
}

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get) => {
  const steps = (): number => stepsOf(get().exploration);
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
      const step = clampStep(get().step + 1, n);
      set({ step, playing: get().playing && step < n - 1 });
    },
    setSpeed: (speed) => {
      if (Number.isFinite(speed) && speed > 0) set({ speed: Math.min(16, Math.max(0.25, speed)) });
    },
  };
};

import { MAX_SPEED, MIN_SPEED } from "../playback/speeds";
import type { AppState, PlaybackSlice, SliceCreator } from "./types";
import { stepsOf } from "../model/steps";

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

import { VIEW_NAMES, type Granularity, type ViewName } from "../url/state";
import { placeIn } from "../model/stepPlace";
import { effectiveGranularity, stepsOf } from "./playbackSlice";
import type { SliceCreator } from "./types";

/**
 * What one step means. scatter: one input cell writes its kernel-weighted footprint (transposed
 * mode). gather: one output cell reads its window (conv mode; the zero-insertion conv in
 * transposed mode). mac: one multiply-add, for the smallest examples.
 */
export type { Granularity };

/** Multiply-adds above which stepping one at a time is offered no more (too many steps to watch). */
export const MAC_STEP_LIMIT = 2000;

export interface ViewSlice {
  /** The views shown, side by side, in this order. */
  views: ViewName[];
  granularity: Granularity;
  /** Playback starts over at the end instead of stopping. */
  loop: boolean;
  /** Shows or hides a view; the last one shown stays. */
  toggleView: (view: ViewName) => void;
  setViews: (views: ViewName[]) => void;
  setGranularity: (g: Granularity) => void;
  setLoop: (loop: boolean) => void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  views: [...VIEW_NAMES],
  granularity: "scatter",
  loop: false,
  toggleView: (view) => {
    const shown = get().views;
    const next = shown.includes(view) ? shown.filter((v) => v !== view) : VIEW_NAMES.filter((v) => v === view || shown.includes(v));
    if (next.length) set({ views: next });
  },
  setViews: (views) => {
    const next = VIEW_NAMES.filter((v) => views.includes(v));
    if (next.length) set({ views: next });
  },
  // The student's place is kept: the step that shows the same state, or the nearest before it (placeIn).
  setGranularity: (granularity) => {
    const { exploration: e, granularity: was, step } = get();
    const place = e
      ? placeIn(e, effectiveGranularity(e, was), effectiveGranularity(e, granularity), step, { from: stepsOf(e, was), to: stepsOf(e, granularity) })
      : -1;
    set({ granularity, step: place, playing: false });
  },
  setLoop: (loop) => set({ loop }),
});

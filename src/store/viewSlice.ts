import { effectiveGranularity, stepsOf, type Granularity } from "../model/steps";
import { placeIn } from "../model/stepPlace";
import { VIEW_NAMES, type ViewName } from "../url/state";
import type { ViewSlice, SliceCreator } from "./types";

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

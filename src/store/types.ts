import type { StateCreator } from "zustand/vanilla";
import type { ParamsSlice } from "./paramsSlice";
import type { ExplorationSlice } from "./explorationSlice";
import type { PageSettingsSlice } from "./pageSettingsSlice";
import type { PlaybackSlice } from "./playbackSlice";
import type { UiSlice } from "./uiSlice";
import type { LessonSlice } from "./lessonSlice";
import type { ViewSlice } from "./viewSlice";

/** The whole app state: the slices side by side, actions beside their state. */
export type AppState = ParamsSlice & ExplorationSlice & PlaybackSlice & ViewSlice & UiSlice & PageSettingsSlice & LessonSlice;

/** A slice sees the whole state (so an action can call another slice's) and builds its own part. */
export type SliceCreator<S> = StateCreator<AppState, [], [], S>;

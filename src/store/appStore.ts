import { createStore, type StoreApi } from "zustand/vanilla";
import { createComputeClient, type ComputeClient } from "../worker/client";
import { createParamsSlice } from "./paramsSlice";
import { createExplorationSlice } from "./explorationSlice";
import { createPageSettingsSlice } from "./pageSettingsSlice";
import { createPlaybackSlice } from "./playbackSlice";
import { createUiSlice } from "./uiSlice";
import { createLessonSlice } from "./lessonSlice";
import { createViewSlice } from "./viewSlice";
import type { AppState } from "./types";

export type AppStore = StoreApi<AppState>;

export interface AppStoreOptions {
  /** The compute client; a fresh one (worker, or main thread under jsdom) by default. */
  client?: ComputeClient;
  /** Initial state overrides, e.g. the language. */
  initial?: Partial<Pick<AppState, "lang" | "params" | "speed" | "views" | "granularity" | "step" | "pageSettings">>;
}

/**
 * The app's one store, built from typed slices. A factory, so each test gets a fresh store.
 * Nothing is computed until `compute()` is called (the app does it once on mount).
 */
export function createAppStore(options: AppStoreOptions = {}): AppStore {
  const client = options.client ?? createComputeClient();
  const store = createStore<AppState>()((...a) => ({
    ...createParamsSlice(...a),
    ...createExplorationSlice(client)(...a),
    ...createPlaybackSlice(...a),
    ...createViewSlice(...a),
    ...createUiSlice(...a),
    ...createPageSettingsSlice(...a),
    ...createLessonSlice(...a),
  }));
  if (options.initial) store.setState(options.initial);
  return store;
}

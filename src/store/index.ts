export { createAppStore, type AppStore, type AppStoreOptions } from "./appStore";
export type { AppState } from "./types";
export { StoreProvider, useAppStore, useAppStoreApi, useAppStoreShallow } from "./context";
export { stepsOf, selectSteps, effectiveGranularity, macsOf } from "./playbackSlice";
export { MAC_STEP_LIMIT, type Granularity } from "./viewSlice";
export type { EditableGrid } from "./paramsSlice";
export type { PageSettingsSlice } from "./pageSettingsSlice";

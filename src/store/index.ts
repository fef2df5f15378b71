export { createAppStore, type AppStore, type AppStoreOptions } from "./appStore";
export type { AppState, EditableGrid, PageSettingsSlice } from "./types";
export { StoreProvider, useAppStore, useAppStoreApi, useAppStoreShallow } from "./context";
export { selectSteps } from "./playbackSlice";

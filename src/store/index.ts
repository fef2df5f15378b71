export { createAppStore, type AppStore, type AppStoreOptions } from "./appStore";
export type { AppState } from "./types";
export { StoreProvider, useAppStore, useAppStoreApi, useAppStoreShallow } from "./context";
export { stepsOf, SPEEDS } from "./playbackSlice";
export { seedConfig, convParams, reverseParams, restoringOutputPadding, type ConvConfig } from "./config";
export type { CellRef } from "./uiSlice";

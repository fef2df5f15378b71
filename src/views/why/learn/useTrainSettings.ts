import { useCallback } from "react";
import { useAppStore, useAppStoreApi } from "../../../store";
import type { TrainSettings } from "./trainSettings";

/**
 * The one place the training settings live: the store, which the URL reads and writes (fields
 * timg, tk, ts, topt, tlr, tinit, tseed, tsteps), so a link reproduces the run. Every update is
 * normalized as a link would be, and an update that changes nothing keeps the same object (so the
 * run is not restarted).
 */
export function useTrainSettings(): [TrainSettings, (patch: Partial<TrainSettings>) => void] {
  const api = useAppStoreApi();
  const settings = useAppStore((s) => s.pageSettings.learn);
  const update = useCallback((patch: Partial<TrainSettings>) => api.getState().setPageSettings("learn", patch), [api]);
  return [settings, update];
}

import { useCallback, useState } from "react";
import { DEFAULT_TRAIN_SETTINGS, normalizeTrainSettings, type TrainSettings } from "./trainSettings";

/**
 * The one place the training settings live. Page-local for now; when the URL codec carries them
 * (fields in trainSettings.ts), this hook reads and writes the store instead and nothing else
 * changes. Every update is normalized, and an update that changes nothing keeps the same object
 * (so the run is not restarted).
 */
export function useTrainSettings(initial: Partial<TrainSettings> = {}): [TrainSettings, (patch: Partial<TrainSettings>) => void] {
  const [settings, setSettings] = useState(() => normalizeTrainSettings({ ...DEFAULT_TRAIN_SETTINGS, ...initial }));
  const update = useCallback((patch: Partial<TrainSettings>) => {
    setSettings((s) => {
      const next = normalizeTrainSettings({ ...s, ...patch });
      return (Object.keys(next) as (keyof TrainSettings)[]).every((k) => next[k] === s[k]) ? s : next;
    });
  }, []);
  return [settings, update];
}

import { useCallback, useState } from "react";
import { emptyProgress, PROGRESS_KEY, readProgress, type Progress } from "../../model/lesson/progress";

function load(): Progress {
  try {
    return readProgress(window.localStorage.getItem(PROGRESS_KEY));
  } catch {
    // Storage can be disabled (private windows, strict settings): progress then lasts the visit.
    return emptyProgress();
  }
}

/** The lesson's progress, kept in localStorage (nothing leaves the browser); `update` writes through. */
export function useProgress(): [Progress, (change: (p: Progress) => Progress) => void] {
  const [progress, setProgress] = useState(load);
  const update = useCallback((change: (p: Progress) => Progress) => {
    setProgress((p) => {
      const next = change(p);
      if (next !== p) {
        try {
          window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(next));
        } catch {
          // not stored: see load()
        }
      }
      return next;
    });
  }, []);
  return [progress, update];
}

import { useEffect } from "react";
import { isTypingTarget } from "../../playback/useKeyboardShortcuts";
import { useAppStoreApi } from "../../store";

/** Toggles the browser's full screen for the whole page (a no-op where it is not allowed). */
export function toggleFullscreen(doc: Document = document): void {
  const request = doc.fullscreenElement ? doc.exitFullscreen?.() : doc.documentElement.requestFullscreen?.();
  void request?.catch(() => undefined);
}

/**
 * Presenter keys on top of the player's (Space, arrows, +/−): F toggles full screen, Esc leaves
 * presenter mode. Keys typed into a field are left alone.
 */
export function usePresenterKeys(present: boolean): void {
  const api = useAppStoreApi();
  useEffect(() => {
    if (!present) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "f" || e.key === "F") {
        e.preventDefault();
        toggleFullscreen();
      } else if (e.key === "Escape") {
        api.getState().setPresent(false);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [present, api]);
}

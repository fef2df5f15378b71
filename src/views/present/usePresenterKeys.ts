import { useEffect } from "react";
import { isTypingTarget } from "../../playback/useKeyboardShortcuts";
import { useAppStoreApi } from "../../store";
import { flipDirection, stepParam, type PresenterParam } from "./presenterActions";

/** Toggles the browser's full screen for the whole page (a no-op where it is not allowed). */
export function toggleFullscreen(doc: Document = document): void {
  const request = doc.fullscreenElement ? doc.exitFullscreen?.() : doc.documentElement.requestFullscreen?.();
  void request?.catch(() => undefined);
}

const PARAM_KEYS: Record<string, PresenterParam> = { k: "kernel", s: "stride", p: "padding" };

/**
 * Presenter keys on top of the player's (Space, arrows, +/−): F full screen, D the direction, K, S
 * and P the kernel size, stride and padding (Shift steps down), V the layout, ? the shortcut
 * sheet, Esc leaves presenter mode (or first closes the open sheet, which handles its own Esc).
 * On a topic page (`params` false) only F and Esc: the others belong to the explorer. Keys typed
 * into a field are left alone.
 */
export function usePresenterKeys(
  present: boolean,
  on: { layout: () => void; help: () => void; params: boolean } = { layout: () => {}, help: () => {}, params: true },
): void {
  const api = useAppStoreApi();
  const { layout, help, params } = on;
  useEffect(() => {
    if (!present) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === "f") toggleFullscreen();
      else if (params && key === "d") flipDirection(api);
      else if (params && key in PARAM_KEYS) stepParam(api, PARAM_KEYS[key], e.shiftKey ? -1 : 1);
      else if (params && key === "v") layout();
      else if (params && e.key === "?") help();
      else if (e.key === "Escape") {
        if (document.querySelector("dialog[open]")) return;
        api.getState().setPresent(false);
      } else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [present, api, layout, help, params]);
}

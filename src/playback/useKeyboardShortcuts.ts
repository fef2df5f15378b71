import { useEffect } from "react";
import { useAppStoreApi } from "../store";
import { fasterSpeed, slowerSpeed } from "./speeds";

/** True when a key press belongs to a field or widget that uses keys itself. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']")) return true;
  return false;
}

/**
 * Space plays/pauses, ← → step, Home resets, End jumps to the final state, + and − change the
 * speed. Keys are ignored in text fields and other inputs, with modifiers held (Ctrl + − zooms the
 * page), and Space is left to a focused button (which the browser activates itself).
 */
export function useKeyboardShortcuts(): void {
  const api = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      const s = api.getState();
      switch (e.key) {
        case " ":
        case "Spacebar":
          if (e.target instanceof Element && e.target.closest("button, a[href], summary")) return;
          s.togglePlay();
          break;
        case "ArrowRight":
          s.stepForward();
          break;
        case "ArrowLeft":
          s.stepBack();
          break;
        case "Home":
          s.resetPlayback();
          break;
        case "End":
          s.toEnd();
          break;
        case "+":
        case "=":
          s.setSpeed(fasterSpeed(s.speed));
          break;
        case "-":
        case "_":
          s.setSpeed(slowerSpeed(s.speed));
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [api]);
}

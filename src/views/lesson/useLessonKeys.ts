import { useEffect, useRef } from "react";
import { isTypingTarget } from "../../playback/useKeyboardShortcuts";

/**
 * Page-level keys, ignored while typing in a field and with Ctrl, Alt or Meta held: `keys` maps a
 * KeyboardEvent.key (case-insensitive for letters) to its action. Page Down/Up are what a
 * presentation clicker sends.
 */
export function useLessonKeys(keys: Record<string, () => void>): void {
  const ref = useRef(keys);
  ref.current = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      const action = ref.current[e.key.length === 1 ? e.key.toLowerCase() : e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}

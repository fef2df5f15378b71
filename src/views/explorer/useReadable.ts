import { useState } from "react";

/** Steps per second above which the written-out step can no longer be read as it changes. */
export const READABLE_SPEED = 8;
/** How often the written-out step refreshes while the player runs faster than that (ms). */
export const READABLE_INTERVAL_MS = 1000 / READABLE_SPEED;

/**
 * `value` as text should show it: every change, except while the player runs faster than
 * READABLE_SPEED steps per second, when it refreshes at most READABLE_SPEED times a second (the
 * views still move every step; sentences rewritten 64 times a second cannot be read and cost
 * each frame their layout and paint). Pausing shows the latest value at once.
 */
export function useReadable<T>(value: T, fast: boolean): T {
  const [shown, setShown] = useState<{ value: T; at: number }>(() => ({ value, at: 0 }));
  if (shown.value !== value) {
    const now = performance.now();
    if (!fast || now - shown.at >= READABLE_INTERVAL_MS) {
      setShown({ value, at: now });
      return value;
    }
  }
  return shown.value;
}

/**
 * At most this many steps in a GIF (plus the state before the first): a few MB and well under a
 * minute of encoding for the largest scenes on a laptop.
 */
export const GIF_MAX_STEPS = 400;

/**
 * The steps a GIF shows, starting before the first step (−1): every step when there are at most
 * `max`, otherwise `max` steps evenly spaced from the first to the last, so the animation still
 * ends on the finished output.
 */
export function gifSteps(steps: number, max: number = GIF_MAX_STEPS): number[] {
  if (steps <= 0) return [-1];
  if (steps <= max) return Array.from({ length: steps + 1 }, (_, i) => i - 1);
  const shown = Math.max(2, max);
  return [-1, ...Array.from({ length: shown }, (_, j) => Math.round((j * (steps - 1)) / (shown - 1)))];
}

/**
 * Milliseconds each frame stays: the opening state and the finished output linger; the steps
 * between share about 24 s, from 0.7 s each for short traces down to 60 ms for long ones.
 */
export function gifDelays(frames: number): number[] {
  const each = Math.max(60, Math.min(700, Math.round(24_000 / Math.max(1, frames))));
  return Array.from({ length: frames }, (_, i) => (i === frames - 1 ? 2500 : i === 0 ? 1200 : each));
}

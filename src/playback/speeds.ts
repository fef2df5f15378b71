/**
 * The speeds the timeline offers, in steps per second. The store accepts 0.25..16; the top of the
 * range matters for large configurations (a 32×32 input has 1,024 scatter steps: about a minute
 * at 16 steps/s).
 */
export const TIMELINE_SPEEDS = [0.5, 1, 2, 4, 8, 16] as const;

/** The next offered speed above `speed` (the fastest stays). */
export function fasterSpeed(speed: number): number {
  return TIMELINE_SPEEDS.find((s) => s > speed) ?? TIMELINE_SPEEDS[TIMELINE_SPEEDS.length - 1];
}

/** The next offered speed below `speed` (the slowest stays). */
export function slowerSpeed(speed: number): number {
  return [...TIMELINE_SPEEDS].reverse().find((s) => s < speed) ?? TIMELINE_SPEEDS[0];
}

/** The offered speeds, plus `speed` itself if it came from elsewhere (a link, a test). */
export function speedOptions(speed: number): number[] {
  const list: number[] = [...TIMELINE_SPEEDS];
  if (!list.includes(speed)) list.push(speed);
  return list.sort((a, b) => a - b);
}

/**
 * The speeds the timeline offers, in steps per second; the store accepts MIN_SPEED..MAX_SPEED. The
 * top of the range matters for large configurations (a 32×32 input has 1,024 scatter steps: 16 s
 * at 64 steps/s).
 */
export const TIMELINE_SPEEDS = [0.5, 1, 2, 4, 8, 16, 32, 64] as const;
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 64;

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

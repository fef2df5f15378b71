/**
 * A big change to a large DOM grid (a jump to the end that shows another channel, new values) is
 * committed a few rows at a time, one batch per frame, so that no single task restyles, lays out
 * and repaints the whole grid: on a 32×32 grid that was ~70 ms of main-thread work in one frame
 * (issue 14, heavy work yields). A step changes a few cells and still commits at once.
 */

/** Changed cells a grid commits per frame at most (whole rows: at least one row whatever its size). */
export const CELLS_PER_FRAME = 256;

/**
 * What to show now, given what is shown and what is wanted (one entry per cell, row-major, equal
 * by `same`): whole rows from the top, changed rows only, until `budget` changed cells are taken;
 * the other rows keep what they show. `pending` says some row still differs from what is wanted.
 * Without anything shown (a first draw, a new shape) everything is taken at once. Pure.
 */
export function spreadRows<T>(
  shown: readonly T[] | null,
  wanted: readonly T[],
  cols: number,
  same: (a: T, b: T) => boolean,
  budget = CELLS_PER_FRAME,
): { next: readonly T[]; pending: boolean } {
  if (!shown || shown.length !== wanted.length || cols <= 0) return { next: wanted, pending: false };
  let next: T[] | null = null;
  let left = budget;
  let pending = false;
  for (let start = 0; start < wanted.length; start += cols) {
    const end = Math.min(wanted.length, start + cols);
    let changed = 0;
    for (let i = start; i < end; i++) if (!same(shown[i], wanted[i])) changed++;
    if (changed === 0) continue;
    if (left <= 0) {
      pending = true;
      continue;
    }
    next ??= shown.slice();
    for (let i = start; i < end; i++) next[i] = wanted[i];
    left -= changed;
  }
  return { next: next ?? shown, pending };
}

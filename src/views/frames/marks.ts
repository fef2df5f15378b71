/**
 * How the current step involves each cell of one drawn plane, as flat typed arrays built once
 * per (step, focus, plane): a view reads them per cell without allocating.
 */
export const MARK_NONE = 0;
export const MARK_READ = 1;
export const MARK_WRITTEN = 2;

/**
 * Marks the cells of a plane [offset, offset + size) that appear in `indices` (flat over the whole
 * tensor) with `value`; indices outside the plane are skipped. `map` translates an index first
 * (e.g. a weight to its stored or rotated position; −1 drops it).
 */
export function markPlane(
  size: number,
  offset: number,
  indices: Iterable<number>,
  value: number = MARK_READ,
  map?: (i: number) => number,
  into: Uint8Array = new Uint8Array(size),
): Uint8Array {
  for (const raw of indices) {
    const i = (map ? map(raw) : raw) - offset;
    if (i >= 0 && i < size) into[i] = value;
  }
  return into;
}

/** The distinct channels (planes of `size` cells) that `indices` touch, ascending. */
export function planesTouched(indices: Iterable<number>, size: number, map?: (i: number) => number): number[] {
  const seen = new Set<number>();
  for (const raw of indices) {
    const i = map ? map(raw) : raw;
    if (i >= 0) seen.add(Math.floor(i / size));
  }
  return [...seen].sort((a, b) => a - b);
}

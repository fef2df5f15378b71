import type { SparseMatrix } from "../../core";

/** First entry of row `row` whose column is ≥ col (binary search; rowPtr[row+1] when none). */
export function lowerBound(m: SparseMatrix, row: number, col: number): number {
  let lo = m.rowPtr[row];
  let hi = m.rowPtr[row + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m.colIdx[mid] < col) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The stored entry nearest to cell (row, col) within `radius` cells (Euclidean distance between
 * cells), or −1. Zoomed out, a cell is a fraction of a pixel, so the pointer names a neighbourhood
 * rather than a cell; this finds what the person is pointing at. Cost: O(radius · log(row length)).
 */
export function nearestEntry(m: SparseMatrix, row: number, col: number, radius: number): number {
  let best = -1;
  let bestD = Infinity;
  const r0 = Math.max(0, row - radius);
  const r1 = Math.min(m.rows - 1, row + radius);
  for (let r = r0; r <= r1; r++) {
    const dr = r - row;
    if (dr * dr >= bestD) continue;
    const end = m.rowPtr[r + 1];
    for (let e = lowerBound(m, r, col - radius); e < end && m.colIdx[e] <= col + radius; e++) {
      const dc = m.colIdx[e] - col;
      const d = dr * dr + dc * dc;
      if (d < bestD) {
        bestD = d;
        best = e;
      }
    }
  }
  return bestD <= radius * radius ? best : -1;
}

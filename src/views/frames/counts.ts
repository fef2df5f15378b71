import { coverage, type ScatterTrace } from "../../core";

const totals = new WeakMap<ScatterTrace, Int32Array>();

/** Contributions each output cell receives in all (the coverage behind checkerboard artifacts), cached per trace. */
export function totalContributions(trace: ScatterTrace): Int32Array {
  let hit = totals.get(trace);
  if (!hit) {
    hit = coverage(trace);
    totals.set(trace, hit);
  }
  return hit;
}

/**
 * Contributions received by the cells [offset, offset + size) from the contributions with index
 * below `limit` (i.e. through contribution limit − 1), by binary search in each cell's step-ordered
 * list. O(size · log(contributions per cell)), one allocation.
 */
export function receivedBefore(trace: ScatterTrace, offset: number, size: number, limit: number): Int32Array {
  const out = new Int32Array(size);
  const { cellPtr, cellContrib } = trace;
  for (let i = 0; i < size; i++) {
    const j = offset + i;
    let lo = cellPtr[j];
    let hi = cellPtr[j + 1];
    const start = lo;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cellContrib[mid] < limit) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo - start;
  }
  return out;
}

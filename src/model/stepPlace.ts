import type { Exploration } from "../core";

/** What one step is (the same union as the store's Granularity), already made effective for `e`. */
export type StepUnit = "scatter" | "gather" | "mac";

/** For each output cell, its position in gather order (the step that completes it). */
function gatherPositions(outIndex: Int32Array, outputs: number): Int32Array {
  const pos = new Int32Array(outputs).fill(-1);
  for (let m = 0; m < outIndex.length; m++) pos[outIndex[m]] = m;
  return pos;
}

/** The last step of a run of `steps` whose prefix maximum of `need` stays ≤ `limit`, or −1. */
function lastWithin(need: ArrayLike<number>, steps: number, limit: number): number {
  let reach = -1;
  for (let n = 0; n < steps; n++) {
    if (need[n] > limit) break;
    reach = n;
  }
  return reach;
}

/**
 * The step at granularity `to` that shows what step `step` at `from` shows, or the nearest one
 * before it: the last `to` step whose finished work is all done by then. Both units must be the
 * exploration's effective ones. Multiply-adds run in the coarse order of their direction (conv:
 * output cells, transposed: input cells), so a cell step is its cell's last multiply-add, and a
 * multiply-add falls back to the last cell it finished. Between a transposed convolution's input
 * cells (scatter) and output cells (gather, over the zero-inserted input), the one shared state is
 * a prefix of each whose contributions are done: an output cell is done once every input that
 * reaches it has scattered. −1 (before the first step) and the end map to themselves. Pure;
 * O(contributions).
 */
export function placeIn(e: Exploration, from: StepUnit, to: StepUnit, step: number, steps: { from: number; to: number }): number {
  if (step < 0 || steps.to === 0) return -1;
  if (from === to) return Math.min(step, steps.to - 1);
  if (step >= steps.from - 1) return steps.to - 1;
  if (e.window) {
    const taps = e.window.tapsPerStep;
    return to === "mac" ? (step + 1) * taps - 1 : Math.floor((step + 1) / taps) - 1;
  }
  const s = e.scatter;
  const zi = e.zeroInsertion;
  if (!s || !zi) return -1;
  const per = s.contribPerStep;
  if (from === "mac" && to === "scatter") return Math.floor((step + 1) / per) - 1;
  if (from === "scatter" && to === "mac") return (step + 1) * per - 1;
  const outputs = e.output.data.length;
  const pos = gatherPositions(zi.window.outIndex, outputs);
  if (to === "gather") {
    // input cells scattered so far, then the gather steps whose outputs they complete
    const done = from === "mac" ? Math.floor((step + 1) / per) - 1 : step;
    const lastIn = new Int32Array(outputs).fill(-1);
    for (let c = 0; c < s.target.length; c++) {
      const o = s.target[c];
      if (o >= 0) lastIn[o] = Math.max(lastIn[o], Math.floor(c / per));
    }
    const need = Array.from(zi.window.outIndex, (o) => lastIn[o]);
    return lastWithin(need, zi.window.steps, done);
  }
  // from gather: the input cells whose every contribution lands in an output already gathered
  const need = new Int32Array(s.steps).fill(-1);
  for (let c = 0; c < s.target.length; c++) {
    const o = s.target[c];
    if (o >= 0) need[Math.floor(c / per)] = Math.max(need[Math.floor(c / per)], pos[o]);
  }
  const last = lastWithin(need, s.steps, step);
  return to === "mac" ? (last + 1) * per - 1 : last;
}

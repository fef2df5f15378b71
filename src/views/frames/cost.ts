import { UP_BORDER, UP_INSERTED_ZERO, type ScatterTrace, type ZeroInsertionTrace } from "../../core";

/** Multiplications by kind: with an input value (useful), an inserted zero, or the border. */
export interface Multiplications {
  useful: number;
  inserted: number;
  border: number;
}

/** Prefix counts over the zero-insertion conv's steps: entry n counts the taps of steps < n. */
interface Prefix {
  useful: Int32Array;
  inserted: Int32Array;
  border: Int32Array;
}

const prefixes = new WeakMap<ZeroInsertionTrace, Prefix>();

function prefixOf(zi: ZeroInsertionTrace): Prefix {
  const hit = prefixes.get(zi);
  if (hit) return hit;
  const w = zi.window;
  const useful = new Int32Array(w.steps + 1);
  const inserted = new Int32Array(w.steps + 1);
  const border = new Int32Array(w.steps + 1);
  let u = 0;
  let z = 0;
  let b = 0;
  for (let n = 0; n < w.steps; n++) {
    for (let t = n * w.tapsPerStep; t < (n + 1) * w.tapsPerStep; t++) {
      const kind = zi.upKind[w.tapInput[t]];
      if (kind === UP_INSERTED_ZERO) z++;
      else if (kind === UP_BORDER) b++;
      else u++;
    }
    useful[n + 1] = u;
    inserted[n + 1] = z;
    border[n + 1] = b;
  }
  const built = { useful, inserted, border };
  prefixes.set(zi, built);
  return built;
}

/**
 * The zero-insertion conv's multiplications through gather step n (n = −1: none yet), read from
 * prefix counts built once per trace (O(taps)), then O(1) per step.
 */
export function zeroInsertionCostThrough(zi: ZeroInsertionTrace, n: number): Multiplications {
  const p = prefixOf(zi);
  const i = Math.max(0, Math.min(zi.window.steps, n + 1));
  return { useful: p.useful[i], inserted: p.inserted[i], border: p.border[i] };
}

/** The multiplications of gather step n alone. */
export function zeroInsertionCostOf(zi: ZeroInsertionTrace, n: number): Multiplications {
  const a = zeroInsertionCostThrough(zi, n - 1);
  const b = zeroInsertionCostThrough(zi, n);
  return { useful: b.useful - a.useful, inserted: b.inserted - a.inserted, border: b.border - a.border };
}

const cropped = new WeakMap<ScatterTrace, number>();

/** Scatter-add contributions that padding crops away (computed, then dropped): cached per trace. */
export function croppedContributions(trace: ScatterTrace): number {
  let hit = cropped.get(trace);
  if (hit === undefined) {
    hit = 0;
    for (let c = 0; c < trace.target.length; c++) if (trace.target[c] < 0) hit++;
    cropped.set(trace, hit);
  }
  return hit;
}

/**
 * Wall-clock timing helpers for the bench: medians of many runs after a warm-up, and an
 * interleaved A/B timer so that two implementations see the same machine state (thermal, GC,
 * other load) instead of one running entirely before the other.
 */

/** Median of a list of samples (the mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError("median needs at least one sample (got 0)");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** How many untimed warm-up calls precede the timed ones, and how many are timed. */
export interface TimingPlan {
  warmup: number;
  iterations: number;
}

/** The last result of a timed call, kept so that the work behind it stays observable. */
let sink: unknown;

/** Milliseconds taken by one call of `fn`. */
function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  sink = fn();
  return performance.now() - t0;
}

/** Times `fn` `plan.iterations` times after `plan.warmup` untimed calls; returns every sample in ms. */
export function timeRepeated(fn: () => unknown, plan: TimingPlan): number[] {
  for (let i = 0; i < plan.warmup; i++) timeOnce(fn);
  const samples: number[] = [];
  for (let i = 0; i < plan.iterations; i++) samples.push(timeOnce(fn));
  return samples;
}

/**
 * Times `a` and `b` alternately in one process: each iteration runs both, `a` first on even
 * iterations and `b` first on odd ones, so neither always inherits the other's garbage or cache
 * state. Returns every sample of each in ms.
 */
export function timeInterleaved(
  a: () => unknown,
  b: () => unknown,
  plan: TimingPlan,
): { a: number[]; b: number[] } {
  for (let i = 0; i < plan.warmup; i++) {
    timeOnce(a);
    timeOnce(b);
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < plan.iterations; i++) {
    if (i % 2 === 0) {
      sa.push(timeOnce(a));
      sb.push(timeOnce(b));
    } else {
      sb.push(timeOnce(b));
      sa.push(timeOnce(a));
    }
  }
  return { a: sa, b: sb };
}

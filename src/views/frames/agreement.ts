import type { Exploration } from "../../core";

/** One route to the output and how far it lies from the direct loops' result. */
export interface Route {
  route: "scatter" | "zeroInsertion" | "window" | "matrix";
  maxDiff: number;
}

/** Largest |a[i] − b[i]|; Infinity when the lengths differ or a value is not finite on one side only. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (Number.isNaN(d)) {
      if (!(Number.isNaN(a[i]) && Number.isNaN(b[i])) && a[i] !== b[i]) return Infinity;
    } else if (d > m) m = d;
  }
  return m;
}

/**
 * Every route the exploration computed, compared with the direct result (conv2d or
 * conv_transpose2d): the final state of each trace and matrix·vec(input) + b. Each is computed by
 * its own code in core; here they are only compared.
 */
export function routesOf(e: Exploration): Route[] {
  const direct = e.output.data;
  const routes: Route[] = [];
  if (e.window) routes.push({ route: "window", maxDiff: maxAbsDiff(e.window.output, direct) });
  if (e.scatter) routes.push({ route: "scatter", maxDiff: maxAbsDiff(e.scatter.output, direct) });
  if (e.zeroInsertion) routes.push({ route: "zeroInsertion", maxDiff: maxAbsDiff(e.zeroInsertion.window.output, direct) });
  routes.push({ route: "matrix", maxDiff: maxAbsDiff(e.matrixOutput, direct) });
  return routes;
}

/**
 * Whether a difference is floating-point rounding rather than a different result: summing the
 * same products in another order differs by a few ulps of the largest magnitude.
 */
export function agrees(maxDiff: number, e: Exploration): boolean {
  let scale = 1;
  for (const v of e.output.data) scale = Math.max(scale, Math.abs(v));
  return maxDiff <= 1e-9 * scale;
}

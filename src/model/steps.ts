import type { Exploration } from "../core";

/**
 * What one step means. scatter: one input cell writes its kernel-weighted footprint (transposed
 * mode). gather: one output cell reads its window (conv mode; the zero-insertion conv in
 * transposed mode). mac: one multiply-add, for the smallest examples.
 */
export type Granularity = "scatter" | "gather" | "mac";
export const GRANULARITIES: readonly Granularity[] = ["scatter", "gather", "mac"];

/** Multiply-adds above which stepping one at a time is offered no more (too many steps to watch). */
export const MAC_STEP_LIMIT = 2000;

/** Multiply-adds of an exploration: conv taps, or transposed-conv contributions (cropped ones included). */
export function macsOf(e: Exploration): number {
  if (e.window) return e.window.steps * e.window.tapsPerStep;
  return e.scatter ? e.scatter.steps * e.scatter.contribPerStep : 0;
}

/**
 * The granularity a step really has: conv mode has no scatter order (it gathers), and single
 * multiply-adds are offered only up to MAC_STEP_LIMIT.
 */
export function effectiveGranularity(e: Exploration | null, g: Granularity): Granularity {
  if (!e) return g;
  if (g === "mac" && macsOf(e) > MAC_STEP_LIMIT) return e.mode === "conv" ? "gather" : "scatter";
  if (g === "scatter" && e.mode === "conv") return "gather";
  return g;
}

/**
 * Steps of the exploration at a granularity: output cells (gather), input cells (scatter, in
 * transposed mode), or multiply-adds.
 */
export function stepsOf(e: Exploration | null, g: Granularity = "scatter"): number {
  if (!e) return 0;
  const eff = effectiveGranularity(e, g);
  if (eff === "mac") return macsOf(e);
  if (e.mode === "conv") return e.window?.steps ?? 0;
  return eff === "gather" ? (e.zeroInsertion?.window.steps ?? 0) : (e.scatter?.steps ?? 0);
}

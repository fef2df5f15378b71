import { useDeferredValue } from "react";
import type { Exploration, ExploreParams } from "../core";
import type { ExplorerParams } from "../params/explorerParams";
import { useAppStoreShallow } from "../store";

/** The last computed result with the parameters it came from; fields are null until the first one. */
export interface Computed {
  exploration: Exploration | null;
  /** The core parameters it was computed from (its input and weight values, for drawing). */
  explored: ExploreParams | null;
  /** The store parameters it belongs to. */
  exploredFrom: ExplorerParams | null;
}

/**
 * The computed result for the heavy views (grids, matrix, code), deferred: a new result is drawn in
 * a background render that React interrupts for input, while the previous one stays on screen, so
 * a large configuration arriving from the worker never blocks the page for one long task. Every
 * view reading it switches to the new result in the same commit. The three fields change together
 * in the store, and the shallow selection keeps one object until they do.
 */
export function useComputed(): Computed {
  const now = useAppStoreShallow((s) => ({ exploration: s.exploration, explored: s.explored, exploredFrom: s.exploredFrom }));
  return useDeferredValue(now);
}

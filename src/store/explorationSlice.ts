import type { Exploration, ExploreParams } from "../core";
import { reportOf, type Report } from "../core/problem";
import { toExploreParams, type ExplorerParams } from "../params/explorerParams";
import { isAbortError, type Backend, type ComputeClient } from "../worker/client";
import type { ExplorationSlice, SliceCreator } from "./types";

/** The compute action goes through the worker client only; the latest request wins. */
export function createExplorationSlice(client: ComputeClient): SliceCreator<ExplorationSlice> {
  let controller: AbortController | null = null;
  return (set, get) => ({
    exploration: null,
    explored: null,
    exploredFrom: null,
    error: null,
    loading: false,
    retried: false,
    retryable: false,
    backend: null,
    computeMs: null,
    compute: async () => {
      controller?.abort();
      const own = new AbortController();
      controller = own;
      set({ loading: true });
      const from = get().params;
      const params = toExploreParams(from);
      try {
        const answer = await client.explore(params, own.signal);
        set({
          exploration: answer.exploration,
          explored: params,
          exploredFrom: from,
          error: null,
          loading: false,
          retried: answer.retried,
          retryable: false,
          backend: answer.backend,
          computeMs: answer.ms,
        });
        get().clampStep();
      } catch (error) {
        if (isAbortError(error) || own.signal.aborted) return;
        const kind = (error as { kind?: unknown } | null)?.kind;
        set({ error: reportOf(error), retryable: kind === "WorkerLoad" || kind === "WorkerTimeout", loading: false, retried: false, playing: false });
      } finally {
        if (controller === own) controller = null;
      }
    },
  });
}

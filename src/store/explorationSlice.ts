import type { Exploration, ExploreParams } from "../core";
import { isAbortError, type Backend, type ComputeClient, type Computed } from "../worker/client";
import { convParams, reverseParams } from "./config";
import type { SliceCreator } from "./types";

/** The latest computed result, and how the last request went. */
export interface ExplorationSlice {
  exploration: Exploration | null;
  /** The parameters `exploration` was computed from (its input and weight values, for drawing). */
  explored: ExploreParams | null;
  /** The last request's refusal or failure, as a message to show; null when it succeeded. */
  error: string | null;
  loading: boolean;
  backend: Backend | null;
  computeMs: number | null;
  /** Asks the worker for the current parameters; a newer call aborts this one. */
  compute: () => Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The compute action goes through the worker client only. The reverse needs the conv's output
 * first: when it is not known yet, the conv is computed on the way (two requests, in order).
 */
export function createExplorationSlice(client: ComputeClient): SliceCreator<ExplorationSlice> {
  let controller: AbortController | null = null;
  return (set, get) => ({
    exploration: null,
    explored: null,
    error: null,
    loading: false,
    backend: null,
    computeMs: null,
    compute: async () => {
      controller?.abort();
      const own = new AbortController();
      controller = own;
      set({ loading: true });
      const { mode, config } = get();
      try {
        let y = get().convOutput;
        let params = convParams(config);
        let answer: Computed | null = null;
        if (mode === "conv" || !y) {
          answer = await client.explore(params, own.signal);
          if (own.signal.aborted) return;
          y = answer.exploration.output;
          set({ convOutput: y });
        }
        if (mode === "transposed") {
          params = reverseParams(config, y);
          answer = await client.explore(params, own.signal);
          if (own.signal.aborted) return;
        }
        if (!answer) throw new Error(`nothing to compute for mode ${JSON.stringify(mode)}`);
        set({
          exploration: answer.exploration,
          explored: params,
          error: null,
          loading: false,
          backend: answer.backend,
          computeMs: answer.ms,
        });
        get().resetPlayback();
      } catch (error) {
        if (isAbortError(error) || own.signal.aborted) return;
        set({ error: messageOf(error), loading: false, playing: false });
      } finally {
        if (controller === own) controller = null;
      }
    },
  });
}

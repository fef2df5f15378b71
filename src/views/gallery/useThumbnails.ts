import { useEffect, useReducer } from "react";
import { toExploreParams } from "../../params/explorerParams";
import type { Preset } from "../../presets/presets";
import { encode } from "../../url/codec";
import { createComputeClient, isAbortError } from "../../worker/client";

export type Thumb = { status: "ready"; output: Float64Array } | { status: "failed"; message: string };

/**
 * Outputs computed for thumbnails, by link: kept for the page's lifetime, so coming back to the
 * gallery draws at once. A preset's output is a few dozen numbers, so the cache stays tiny.
 */
const cache = new Map<string, Thumb>();

export const thumbKey = (p: Preset): string => encode(p.state);

/**
 * The thumbnails' outputs, computed off the main thread through a compute client of the gallery's
 * own (so the explorer's latest-request-wins client is not disturbed). The client answers one
 * request at a time (a newer call supersedes an older one), so the presets are computed in turn;
 * leaving the page aborts the queue and stops the worker.
 */
export function useThumbnails(list: readonly Preset[]): ReadonlyMap<string, Thumb> {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const todo = list.filter((p) => !cache.has(thumbKey(p)));
    if (todo.length === 0) return;
    const client = createComputeClient();
    const controller = new AbortController();
    void (async () => {
      for (const p of todo) {
        if (controller.signal.aborted) return;
        try {
          const { exploration } = await client.explore(toExploreParams(p.state.params), controller.signal);
          cache.set(thumbKey(p), { status: "ready", output: exploration.output.data });
        } catch (error) {
          if (isAbortError(error) || controller.signal.aborted) return;
          cache.set(thumbKey(p), { status: "failed", message: error instanceof Error ? error.message : String(error) });
        }
        redraw();
      }
    })();
    return () => {
      controller.abort();
      client.dispose();
    };
  }, [list]);
  return cache;
}

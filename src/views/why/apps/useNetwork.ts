import { isAbortError } from "../../../worker/bridge";
import { useCallback, useEffect, useState } from "react";
import type { NetworkQuery, NetworkResult } from "../../../worker/train/protocol";
import { useWhyClient } from "../learn/whyClient";
import { reportOf, type Report } from "../../../core/problem";

export interface NetworkAnswer {
  /** The latest answer for the current query (null until the first arrives). */
  result: NetworkResult | null;
  /** Core's message when the current query is refused. */
  error: Report | null;
  /** Asks again (after a worker failure: the client starts a new worker). */
  retry: () => void;
}

/**
 * The sizes of a network, computed by core in the worker. A new query aborts the older one; the
 * last good answer stays on screen until the new one arrives, so typing does not flicker.
 */
export function useNetwork(query: NetworkQuery): NetworkAnswer {
  const client = useWhyClient();
  const [answer, setAnswer] = useState<Omit<NetworkAnswer, "retry">>({ result: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const key = JSON.stringify(query);
  useEffect(() => {
    const controller = new AbortController();
    client.network(JSON.parse(key) as NetworkQuery, controller.signal).then(
      (result) => setAnswer({ result, error: null }),
      (e: unknown) => {
        if (isAbortError(e)) return;
        setAnswer((a) => ({ result: a.result, error: reportOf(e) }));
      },
    );
    return () => controller.abort();
  }, [client, key, attempt]);
  return { ...answer, retry };
}

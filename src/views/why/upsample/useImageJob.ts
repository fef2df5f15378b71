import { useCallback, useEffect, useState } from "react";
import { createImageClient, isAbortError, type ImageBackend, type ImageClient } from "../../../worker/image/client";
import type { JobMap, JobType } from "../../../worker/image/protocol";
import { reportOf, type Report } from "../../../core/problem";

/** One image client (and so at most one image worker) per mounted page; stopped on unmount. */
export function useImageClient(): ImageClient {
  const [client] = useState(() => createImageClient());
  useEffect(() => () => client.dispose(), [client]);
  return client;
}

export interface JobState<T extends JobType> {
  /** The last result, kept on screen while a newer job runs. */
  result: JobMap[T]["result"] | null;
  /** The job that produced `result`. */
  resultJob: JobMap[T]["job"] | null;
  /** The refusal or crash message of the latest job, or null. */
  error: Report | null;
  busy: boolean;
  ms: number | null;
  backend: ImageBackend | null;
  /** Runs the same job again (after a worker failure: the client starts a new worker). */
  retry: () => void;
}

/**
 * Runs `job` whenever it changes (pass a memoized object, or null to run nothing). The previous
 * job is aborted, so only the latest answer lands; its result stays visible until then.
 */
export function useImageJob<T extends JobType>(client: ImageClient, type: T, job: JobMap[T]["job"] | null): JobState<T> {
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const [state, setState] = useState<Omit<JobState<T>, "retry">>({
    result: null,
    resultJob: null,
    error: null,
    busy: false,
    ms: null,
    backend: null,
  });
  useEffect(() => {
    if (!job) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, busy: true }));
    client.run(type, job, controller.signal).then(
      (answer) =>
        setState({ result: answer.result, resultJob: job, error: null, busy: false, ms: answer.ms, backend: answer.backend }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        setState((s) => ({ ...s, error: reportOf(error), busy: false }));
      },
    );
    return () => controller.abort();
  }, [client, type, job, attempt]);
  return { ...state, retry };
}

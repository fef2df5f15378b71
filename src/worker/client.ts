import type { Exploration, ExploreParams } from "../core";
import {
  clientControls,
  createWorkerBridge,
  mainThread,
  startWorker,
  WorkerError,
  type Backend,
  type ClientControls,
  type RequestStats,
  type WorkerLike as BridgeWorker,
} from "./bridge";
import { handle } from "./handle";
import type { WorkerRequest, WorkerResponse } from "./protocol";

export { isAbortError, type Backend } from "./bridge";

/** One answer: the exploration, where it was computed and how long the round trip took. */
export interface Computed {
  exploration: Exploration;
  backend: Backend;
  ms: number;
}

/** The part of `Worker` the client uses, so tests can hand it a fake. */
export type WorkerLike = BridgeWorker<WorkerRequest, WorkerResponse>;

export interface ClientOptions {
  /** Starts a worker, or returns null to compute on the main thread. Defaults to the real worker. */
  createWorker?: () => WorkerLike | null;
}

export type ClientStats = RequestStats;

export interface ComputeClient extends ClientControls {
  /**
   * Explores a configuration. Rejects with an AbortError when `signal` aborts or a newer call
   * supersedes this one (latest request wins), with a ComputeError carrying core's message when
   * the parameters are refused, and with a ComputeError when the worker crashes.
   */
  explore(params: ExploreParams, signal?: AbortSignal): Promise<Computed>;
}

/** A refusal from core (`kind` "RangeError": invalid parameters or trace budget) or a worker crash. */
export class ComputeError extends WorkerError {
  override name = "ComputeError";
}

/**
 * The bridge (bridge.ts) to the compute worker: one lane, so every call supersedes the last; an
 * abort or a newer call terminates the worker if it is busy with the older one (restarting one
 * costs tens of milliseconds, waiting for an over-large trace could cost far more).
 */
export function createComputeClient(options: ClientOptions = {}): ComputeClient {
  const bridge = createWorkerBridge<WorkerRequest, WorkerResponse>({
    name: "compute",
    spawn: options.createWorker ?? (() => startWorker(() => new Worker(new URL("./compute.worker.ts", import.meta.url), { type: "module" }))),
    fallback: mainThread(handle),
    error: ComputeError,
    restartOnAbort: true,
  });
  return {
    async explore(params, signal) {
      const answer = await bridge.request<Exploration>({ lane: "explore", build: (id) => ({ id, type: "explore", params }), signal });
      return { exploration: answer.result, backend: answer.backend, ms: answer.ms };
    },
    ...clientControls(bridge),
  };
}

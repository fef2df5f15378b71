import type { Exploration, ExploreParams } from "../core";
import {
  clientControls,
  createWorkerBridge,
  mainThreadOnDemand,
  startWorker,
  WorkerError,
  type Backend,
  type ClientControls,
  type RequestStats,
  type WorkerLike as BridgeWorker,
} from "./bridge";
import type { WorkerRequest, WorkerResponse } from "./protocol";

export { isAbortError, type Backend } from "./bridge";

/** One answer: the exploration, where it was computed and how long the round trip took. */
export interface Computed {
  exploration: Exploration;
  backend: Backend;
  ms: number;
  /** The worker did not answer in time, was restarted and was asked again (see the bridge's watchdog). */
  retried: boolean;
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
 * The compute worker's deadline: 4 s, plus 2 µs per unit of `exploreSize`. A healthy worker
 * answers the largest accepted configuration (3.2 million units) in well under a second; this one
 * waits 10.4 s before it restarts it.
 */
export const COMPUTE_WATCHDOG = { baseMs: 4_000, msPerUnit: 0.002 } as const;

/**
 * The work an exploration asks for, in multiply-adds bounded from above: every input value times
 * every weight (the traces and the matrix grow with it too). Computed without validating, so a
 * request the core will refuse still gets a deadline.
 */
export function exploreSize(params: ExploreParams): number {
  return params.input.data.length * params.weight.data.length;
}

/**
 * The bridge (bridge.ts) to the compute worker: one lane, so every call supersedes the last; an
 * abort or a newer call terminates the worker if it is busy with the older one (restarting one
 * costs tens of milliseconds, waiting for an over-large trace could cost far more); a worker silent
 * past COMPUTE_WATCHDOG's deadline is restarted and asked once more.
 */
export function createComputeClient(options: ClientOptions = {}): ComputeClient {
  const bridge = createWorkerBridge<WorkerRequest, WorkerResponse>({
    name: "compute",
    spawn: options.createWorker ?? (() => startWorker(() => new Worker(new URL("./compute.worker.ts", import.meta.url), { type: "module" }))),
    // Without workers (an old browser, a test) the core runs here, fetched on the first request.
    fallback: mainThreadOnDemand("compute", () => import("./handle").then((m) => m.handle)),
    error: ComputeError,
    restartOnAbort: true,
    watchdog: COMPUTE_WATCHDOG,
  });
  return {
    async explore(params, signal) {
      const answer = await bridge.request<Exploration>({
        lane: "explore",
        build: (id) => ({ id, type: "explore", params }),
        signal,
        size: exploreSize(params),
      });
      return { exploration: answer.result, backend: answer.backend, ms: answer.ms, retried: answer.retried };
    },
    ...clientControls(bridge),
  };
}

import type { Exploration, ExploreParams } from "../core";
import { handle } from "./handle";
import type { WorkerRequest, WorkerResponse } from "./protocol";

export type Backend = "worker" | "main-thread";

/** One answer: the exploration, where it was computed and how long the round trip took. */
export interface Computed {
  exploration: Exploration;
  backend: Backend;
  ms: number;
}

/** The part of `Worker` the client uses, so tests can hand it a fake. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: WorkerRequest): void;
  terminate(): void;
}

export interface ClientOptions {
  /** Starts a worker, or returns null to compute on the main thread. Defaults to the real worker. */
  createWorker?: () => WorkerLike | null;
}

export interface ClientStats {
  workerStarts: number;
  workerRequests: number;
  mainThreadRequests: number;
}

export interface ComputeClient {
  /**
   * Explores a configuration. Rejects with an AbortError when `signal` aborts or a newer call
   * supersedes this one (latest request wins), with a ComputeError carrying core's message when
   * the parameters are refused, and with a ComputeError when the worker crashes.
   */
  explore(params: ExploreParams, signal?: AbortSignal): Promise<Computed>;
  stats(): ClientStats;
  /** Stops the worker and rejects whatever is pending. */
  dispose(): void;
}

/** A refusal from core (`name` "RangeError": invalid parameters or trace budget) or a worker crash. */
export class ComputeError extends Error {
  readonly kind: string;
  constructor(message: string, kind: string) {
    super(message);
    this.name = "ComputeError";
    this.kind = kind;
  }
}

export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

function abortError(why: string): DOMException {
  return new DOMException(why, "AbortError");
}

/** The real worker, or null where none exists (jsdom, old runtimes): then core runs on the main thread. */
function defaultWorker(): WorkerLike | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./compute.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

interface Pending {
  resolve: (value: Computed) => void;
  reject: (reason: unknown) => void;
  started: number;
  detach: () => void;
}

/**
 * A bridge to the compute worker in the manner of squoosh's WorkerBridge: the worker starts on the
 * first call; an abort or a newer call rejects the older call at once and, if the worker is busy
 * with it, terminates the worker (restarting one costs tens of milliseconds, waiting for an
 * over-large trace could cost far more); a crash rejects with a clear message and the next call
 * gets a fresh worker.
 */
export function createComputeClient(options: ClientOptions = {}): ComputeClient {
  const spawn = options.createWorker ?? defaultWorker;
  const stats: ClientStats = { workerStarts: 0, workerRequests: 0, mainThreadRequests: 0 };
  let worker: WorkerLike | null = null;
  /** Ids sent to the current worker and not yet answered. */
  const inWorker = new Set<number>();
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const stopWorker = (): void => {
    worker?.terminate();
    worker = null;
    inWorker.clear();
  };

  const drop = (id: number, reason: unknown): void => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.detach();
    if (inWorker.has(id)) stopWorker();
    p.reject(reason);
  };

  const crash = (what: string): void => {
    const error = new ComputeError(
      `The compute worker stopped unexpectedly (${what}). A fresh worker will start with the next request.`,
      "WorkerCrash",
    );
    stopWorker();
    for (const id of [...pending.keys()]) drop(id, error);
  };

  const settle = (response: WorkerResponse, backend: Backend): void => {
    const p = pending.get(response.id);
    if (!p) return; // aborted or superseded: its answer is dropped
    pending.delete(response.id);
    inWorker.delete(response.id);
    p.detach();
    if (response.ok) {
      p.resolve({ exploration: response.result, backend, ms: performance.now() - p.started });
    } else {
      p.reject(new ComputeError(response.message, response.name));
    }
  };

  const ensureWorker = (): WorkerLike | null => {
    if (worker) return worker;
    const w = spawn();
    if (!w) return null;
    w.onmessage = (event) => settle(event.data, "worker");
    w.onerror = (event) => {
      event.preventDefault?.();
      crash(event.message || "error in the worker");
    };
    w.onmessageerror = () => crash("a message could not be decoded");
    worker = w;
    stats.workerStarts++;
    return w;
  };

  return {
    explore(params, signal) {
      if (signal?.aborted) return Promise.reject(abortError("the request was aborted"));
      for (const id of [...pending.keys()]) drop(id, abortError("superseded by a newer request"));
      const id = nextId++;
      return new Promise<Computed>((resolve, reject) => {
        const onAbort = (): void => drop(id, abortError("the request was aborted"));
        signal?.addEventListener("abort", onAbort, { once: true });
        const detach = (): void => signal?.removeEventListener("abort", onAbort);
        pending.set(id, { resolve, reject, started: performance.now(), detach });
        const request: WorkerRequest = { id, type: "explore", params };
        const w = ensureWorker();
        if (w) {
          stats.workerRequests++;
          inWorker.add(id);
          w.postMessage(request);
          return;
        }
        stats.mainThreadRequests++;
        // Deferred one task so that an abort or a newer call made right after this one still wins.
        setTimeout(() => {
          if (pending.has(id)) settle(handle(request), "main-thread");
        }, 0);
      });
    },
    stats: () => ({ ...stats }),
    dispose() {
      for (const id of [...pending.keys()]) drop(id, abortError("the client was disposed"));
      stopWorker();
    },
  };
}

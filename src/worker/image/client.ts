import { handleImage } from "./handle";
import type { ImageRequest, ImageResponse, JobMap, JobType } from "./protocol";

export type ImageBackend = "worker" | "main-thread";

/** One answer: the result, where it was computed and how long the round trip took. */
export interface ImageComputed<T extends JobType> {
  result: JobMap[T]["result"];
  backend: ImageBackend;
  ms: number;
}

/** The part of `Worker` the client uses, so tests can hand it a fake. */
export interface ImageWorkerLike {
  onmessage: ((event: MessageEvent<ImageResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: ImageRequest): void;
  terminate(): void;
}

export interface ImageClientOptions {
  /** Starts a worker, or returns null to compute on the main thread. Defaults to the real worker. */
  createWorker?: () => ImageWorkerLike | null;
}

export interface ImageClientStats {
  workerStarts: number;
  workerRequests: number;
  mainThreadRequests: number;
}

export interface ImageClient {
  /**
   * Runs a job. Rejects with an AbortError when `signal` aborts or a newer job of the same type
   * supersedes it (latest wins, one lane per type, so the checkerboard page's coverage maps never
   * cancel its image demo), with an ImageJobError carrying the refusal's message, and with an
   * ImageJobError when the worker crashes.
   */
  run<T extends JobType>(type: T, job: JobMap[T]["job"], signal?: AbortSignal): Promise<ImageComputed<T>>;
  stats(): ImageClientStats;
  /** Stops the worker and rejects whatever is pending. */
  dispose(): void;
}

/** A refusal (`kind` "RangeError": invalid settings) or a worker crash (`kind` "WorkerCrash"). */
export class ImageJobError extends Error {
  readonly kind: string;
  constructor(message: string, kind: string) {
    super(message);
    this.name = "ImageJobError";
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
function defaultWorker(): ImageWorkerLike | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./image.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

interface Pending {
  request: ImageRequest;
  resolve: (value: ImageComputed<JobType>) => void;
  reject: (reason: unknown) => void;
  started: number;
  detach: () => void;
}

/**
 * A bridge to the image worker, after src/worker/client.ts (squoosh's WorkerBridge): the worker
 * starts on the first job; an abort or a newer job of the same type rejects the older one at once
 * and, if the worker is busy with it, terminates the worker (a restart costs tens of milliseconds,
 * finishing a stale ×4 RGB job could cost hundreds) and hands the other types' jobs still in
 * flight to a fresh one; a crash rejects everything pending with a clear message and the next job
 * gets a fresh worker. Without a Worker, jobs run on the main thread one task later.
 */
export function createImageClient(options: ImageClientOptions = {}): ImageClient {
  const spawn = options.createWorker ?? defaultWorker;
  const stats: ImageClientStats = { workerStarts: 0, workerRequests: 0, mainThreadRequests: 0 };
  let worker: ImageWorkerLike | null = null;
  /** Ids sent to the current worker and not yet answered. */
  const inWorker = new Set<number>();
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const stopWorker = (): void => {
    worker?.terminate();
    worker = null;
    inWorker.clear();
  };

  const settle = (response: ImageResponse, backend: ImageBackend): void => {
    const p = pending.get(response.id);
    if (!p) return; // aborted or superseded: its answer is dropped
    pending.delete(response.id);
    inWorker.delete(response.id);
    p.detach();
    if (response.ok) {
      p.resolve({ result: response.result, backend, ms: performance.now() - p.started });
    } else {
      p.reject(new ImageJobError(response.message, response.name));
    }
  };

  const crash = (what: string): void => {
    const error = new ImageJobError(
      `The image worker stopped unexpectedly (${what}). A fresh worker will start with the next request.`,
      "WorkerCrash",
    );
    stopWorker();
    for (const [id, p] of [...pending]) {
      pending.delete(id);
      p.detach();
      p.reject(error);
    }
  };

  const ensureWorker = (): ImageWorkerLike | null => {
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

  const dispatch = (id: number, request: ImageRequest): void => {
    const w = ensureWorker();
    if (w) {
      stats.workerRequests++;
      inWorker.add(id);
      w.postMessage(request);
      return;
    }
    stats.mainThreadRequests++;
    // Deferred one task so that an abort or a newer job made right after this one still wins.
    setTimeout(() => {
      if (pending.has(id)) settle(handleImage(request), "main-thread");
    }, 0);
  };

  const drop = (id: number, reason: unknown): void => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.detach();
    if (inWorker.has(id)) {
      const survivors = [...inWorker].filter((other) => other !== id);
      stopWorker();
      for (const other of survivors) {
        const q = pending.get(other);
        if (q) dispatch(other, q.request);
      }
    }
    p.reject(reason);
  };

  return {
    run(type, job, signal) {
      if (signal?.aborted) return Promise.reject(abortError("the request was aborted"));
      for (const [id, p] of [...pending]) {
        if (p.request.type === type) drop(id, abortError("superseded by a newer request"));
      }
      const id = nextId++;
      const request = { id, type, job } as ImageRequest;
      return new Promise((resolve, reject) => {
        const onAbort = (): void => drop(id, abortError("the request was aborted"));
        signal?.addEventListener("abort", onAbort, { once: true });
        const detach = (): void => signal?.removeEventListener("abort", onAbort);
        pending.set(id, {
          request,
          resolve: resolve as (value: ImageComputed<JobType>) => void,
          reject,
          started: performance.now(),
          detach,
        });
        dispatch(id, request);
      });
    },
    stats: () => ({ ...stats }),
    dispose() {
      for (const id of [...pending.keys()]) drop(id, abortError("the client was disposed"));
      stopWorker();
    },
  };
}

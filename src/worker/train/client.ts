import type {
  ImageSource,
  NetworkQuery,
  NetworkResult,
  ProjectParams,
  ProjectResult,
  TrainConfig,
  TrainProgressMessage,
  TrainStarted,
  WhyRequest,
  WhyResponse,
} from "./protocol";
import { createWhySession, type WhySession } from "./session";

export type Backend = "worker" | "main-thread";

/** The part of `Worker` the client uses, so tests can hand it a fake. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WhyResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: WhyRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export interface WhyClientOptions {
  /** Starts a worker, or returns null to run on the main thread. Defaults to the real worker. */
  createWorker?: () => WorkerLike | null;
}

export interface TrainCallbacks {
  /** The run's fixed references (pooled input, bilinear and least-squares kernels), once. */
  onStarted?: (started: TrainStarted) => void;
  /** After every chunk (~15 per second) and when the run pauses. */
  onProgress: (progress: TrainProgressMessage) => void;
}

export interface TrainRun {
  readonly run: number;
  pause(): void;
  resume(): void;
  /** Updates per chunk from now on (the pace, not the run: the results are the same). */
  pace(stepsPerChunk: number): void;
  /**
   * The last progress, when the run reaches its step count. Rejects with an AbortError when the
   * signal aborts or a newer run replaces this one, and with a WhyError when the configuration is
   * refused (core's message) or the worker crashes.
   */
  readonly done: Promise<TrainProgressMessage>;
}

export interface WhyClient {
  /** Starts a training run; a newer call stops the older run (latest wins). */
  train(config: TrainConfig, callbacks: TrainCallbacks, signal?: AbortSignal): TrainRun;
  /** Zeiler & Fergus's feature projection; a newer call supersedes an older one. */
  project(params: ProjectParams, signal?: AbortSignal): Promise<ProjectResult>;
  /** Network sizes from core; calls do not supersede one another (several sections ask at once). */
  network(query: NetworkQuery, signal?: AbortSignal): Promise<NetworkResult>;
  stats(): { workerStarts: number; backend: Backend | null };
  /** Stops the worker and rejects whatever is pending. */
  dispose(): void;
}

/** A refusal from core (name "RangeError", message naming the field and the rule) or a worker crash. */
export class WhyError extends Error {
  readonly kind: string;
  constructor(message: string, kind: string) {
    super(message);
    this.name = "WhyError";
    this.kind = kind;
  }
}

/** A source whose pixels may be transferred: a copy, so the caller keeps its own. */
function copySource(source: ImageSource): [ImageSource, ArrayBuffer[]] {
  if (source.kind !== "pixels") return [source, []];
  const data = source.image.data.slice();
  return [{ kind: "pixels", image: { ...source.image, data } }, [data.buffer]];
}

function abortError(why: string): DOMException {
  return new DOMException(why, "AbortError");
}

function defaultWorker(): WorkerLike | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./why.worker.ts", import.meta.url), { type: "module" }) as unknown as WorkerLike;
  } catch {
    return null;
  }
}

interface ActiveRun {
  run: number;
  callbacks: TrainCallbacks;
  resolve: (p: TrainProgressMessage) => void;
  reject: (reason: unknown) => void;
  detach: () => void;
}

interface Pending {
  kind: "project" | "network";
  resolve: (value: never) => void;
  reject: (reason: unknown) => void;
  detach: () => void;
}

/**
 * The bridge to the "why" worker, in the manner of src/worker/client.ts: the worker starts on the
 * first call; where no Worker exists (jsdom) the same session runs on the main thread, deferred
 * one task per request; a crash rejects everything pending with a clear message and the next call
 * gets a fresh worker. A training run is stopped, not the worker, when it is aborted: the worker
 * answers between chunks of a few milliseconds, so a stop costs no restart.
 */
export function createWhyClient(options: WhyClientOptions = {}): WhyClient {
  const spawn = options.createWorker ?? defaultWorker;
  let worker: WorkerLike | null = null;
  let mainSession: WhySession | null = null;
  let backend: Backend | null = null;
  let workerStarts = 0;
  let active: ActiveRun | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const receive = (m: WhyResponse): void => {
    if (m.type === "train-started" || m.type === "train-progress") {
      if (!active || active.run !== m.run) return;
      if (m.type === "train-started") {
        active.callbacks.onStarted?.(m);
        return;
      }
      const a = active;
      a.callbacks.onProgress(m);
      if (m.status === "done" && active === a) {
        active = null;
        a.detach();
        a.resolve(m);
      }
      return;
    }
    if (m.type === "failure" && m.run !== undefined) {
      if (!active || active.run !== m.run) return;
      const a = active;
      active = null;
      a.detach();
      a.reject(new WhyError(m.message, m.name));
      return;
    }
    const id = m.id;
    const p = id === undefined ? undefined : pending.get(id);
    if (!p || id === undefined) return;
    pending.delete(id);
    p.detach();
    if (m.ok) p.resolve((m.type === "project" || m.type === "network" ? m.result : undefined) as never);
    else p.reject(new WhyError(m.message, m.name));
  };

  const crash = (what: string): void => {
    const error = new WhyError(
      `The training worker stopped unexpectedly (${what}). A fresh worker will start with the next request.`,
      "WorkerCrash",
    );
    worker?.terminate();
    worker = null;
    const a = active;
    active = null;
    a?.detach();
    a?.reject(error);
    for (const [id, p] of [...pending]) {
      pending.delete(id);
      p.detach();
      p.reject(error);
    }
  };

  const send = (request: WhyRequest, transfer: ArrayBuffer[] = []): void => {
    if (!worker && !mainSession) {
      const w = spawn();
      if (w) {
        w.onmessage = (event) => receive(event.data);
        w.onerror = (event) => {
          event.preventDefault?.();
          crash(event.message || "error in the worker");
        };
        w.onmessageerror = () => crash("a message could not be decoded");
        worker = w;
        workerStarts++;
        backend = "worker";
      } else {
        mainSession = createWhySession((message) => receive(message));
        backend = "main-thread";
      }
    }
    if (worker) {
      worker.postMessage(request, transfer);
      return;
    }
    const session = mainSession;
    // Deferred one task, as the worker would be: a pause or stop sent right after still wins.
    setTimeout(() => session?.handle(request), 0);
  };

  const stopActive = (reason: unknown): void => {
    const a = active;
    if (!a) return;
    active = null;
    a.detach();
    send({ type: "train-stop", run: a.run });
    a.reject(reason);
  };

  const oneShot = <T>(kind: Pending["kind"], build: (id: number) => WhyRequest, transfer: ArrayBuffer[], signal?: AbortSignal, supersede = false) => {
    if (signal?.aborted) return Promise.reject(abortError("the request was aborted"));
    if (supersede) {
      for (const [id, p] of [...pending]) {
        if (p.kind !== kind) continue;
        pending.delete(id);
        p.detach();
        p.reject(abortError("superseded by a newer request"));
      }
    }
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        const p = pending.get(id);
        if (!p) return;
        pending.delete(id);
        p.detach();
        reject(abortError("the request was aborted"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      pending.set(id, { kind, resolve: resolve as (v: never) => void, reject, detach: () => signal?.removeEventListener("abort", onAbort) });
      send(build(id), transfer);
    });
  };

  return {
    train(config, callbacks, signal) {
      stopActive(abortError("superseded by a newer run"));
      const run = nextId++;
      let resolve!: (p: TrainProgressMessage) => void;
      let reject!: (reason: unknown) => void;
      const done = new Promise<TrainProgressMessage>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // A run that is stopped or replaced rejects; callers that only use the callbacks need not catch.
      done.catch(() => undefined);
      const control = (type: "train-pause" | "train-resume") => {
        if (active?.run === run) send({ type, run });
      };
      const handle: TrainRun = {
        run,
        pause: () => control("train-pause"),
        resume: () => control("train-resume"),
        pace: (stepsPerChunk) => {
          if (active?.run === run) send({ type: "train-pace", run, stepsPerChunk });
        },
        done,
      };
      if (signal?.aborted) {
        reject(abortError("the run was aborted"));
        return handle;
      }
      const onAbort = (): void => {
        if (active?.run === run) stopActive(abortError("the run was aborted"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      active = { run, callbacks, resolve, reject, detach: () => signal?.removeEventListener("abort", onAbort) };
      const [image, transfer] = copySource(config.image);
      send({ type: "train-start", run, config: { ...config, image } }, transfer);
      return handle;
    },
    project(params, signal) {
      const [image, transfer] = copySource(params.image);
      return oneShot<ProjectResult>(
        "project",
        (id) => ({ type: "project", id, params: { ...params, image } }),
        transfer,
        signal,
        true,
      );
    },
    network(query, signal) {
      return oneShot<NetworkResult>("network", (id) => ({ type: "network", id, query }), [], signal);
    },
    stats: () => ({ workerStarts, backend }),
    dispose() {
      stopActive(abortError("the client was disposed"));
      for (const [id, p] of [...pending]) {
        pending.delete(id);
        p.detach();
        p.reject(abortError("the client was disposed"));
      }
      worker?.terminate();
      worker = null;
      mainSession?.dispose();
      mainSession = null;
    },
  };
}

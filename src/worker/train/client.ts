import { abortError, createWorkerBridge, startWorker, WorkerError, type Backend, type WorkerLike as BridgeWorker } from "../bridge";
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
import { createWhySession } from "./session";

export type { Backend } from "../bridge";

/** The part of `Worker` the client uses, so tests can hand it a fake. */
export type WorkerLike = BridgeWorker<WhyRequest, WhyResponse>;

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
export class WhyError extends WorkerError {
  override name = "WhyError";
}

/** A source whose pixels may be transferred: a copy, so the caller keeps its own. */
function copySource(source: ImageSource): [ImageSource, ArrayBuffer[]] {
  if (source.kind !== "pixels") return [source, []];
  const data = source.image.data.slice();
  return [{ kind: "pixels", image: { ...source.image, data } }, [data.buffer]];
}

interface ActiveRun {
  run: number;
  callbacks: TrainCallbacks;
  resolve: (p: TrainProgressMessage) => void;
  reject: (reason: unknown) => void;
  detach: () => void;
}

/**
 * The bridge (../bridge.ts) to the "why" worker. Where no Worker exists (jsdom) the same session
 * runs on the main thread. A training run is a stream, not a request: its messages carry `run`
 * instead of an id and arrive through the bridge's onMessage; a crash rejects it with the pending
 * requests. An aborted run or request is stopped, not the worker: the worker answers between
 * chunks of a few milliseconds, so a stop costs no restart (and a restart would lose the run).
 */
export function createWhyClient(options: WhyClientOptions = {}): WhyClient {
  let active: ActiveRun | null = null;
  let nextRun = 1;

  /** Takes the active run out (no message reaches it any more, its abort listener goes); the caller settles it. */
  const takeActive = (): ActiveRun | null => {
    const a = active;
    active = null;
    a?.detach();
    return a;
  };

  const receive = (m: WhyResponse): void => {
    const a = active;
    if (!a || !("run" in m) || m.run !== a.run) return;
    if (m.type === "train-started") {
      a.callbacks.onStarted?.(m);
    } else if (m.type === "train-progress") {
      a.callbacks.onProgress(m);
      if (m.status === "done" && active === a) takeActive()?.resolve(m);
    } else if (m.type === "failure") {
      takeActive()?.reject(new WhyError(m.message, m.name, m.problem));
    }
  };

  const bridge = createWorkerBridge<WhyRequest, WhyResponse>({
    name: "training",
    spawn: options.createWorker ?? (() => startWorker(() => new Worker(new URL("./why.worker.ts", import.meta.url), { type: "module" }))),
    fallback: (post) => createWhySession((message) => post(message)),
    error: WhyError,
    restartOnAbort: false,
    onMessage: receive,
    onCrash: (error) => takeActive()?.reject(error),
  });

  const stopActive = (reason: unknown): void => {
    const a = takeActive();
    if (!a) return;
    bridge.post({ type: "train-stop", run: a.run });
    a.reject(reason);
  };

  return {
    train(config, callbacks, signal) {
      stopActive(abortError("superseded by a newer run"));
      const run = nextRun++;
      let resolve!: (p: TrainProgressMessage) => void;
      let reject!: (reason: unknown) => void;
      const done = new Promise<TrainProgressMessage>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // A run that is stopped or replaced rejects; callers that only use the callbacks need not catch.
      done.catch(() => undefined);
      const control = (type: "train-pause" | "train-resume") => {
        if (active?.run === run) bridge.post({ type, run });
      };
      const handle: TrainRun = {
        run,
        pause: () => control("train-pause"),
        resume: () => control("train-resume"),
        pace: (stepsPerChunk) => {
          if (active?.run === run) bridge.post({ type: "train-pace", run, stepsPerChunk });
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
      bridge.post({ type: "train-start", run, config: { ...config, image } }, transfer);
      return handle;
    },
    async project(params, signal) {
      const [image, transfer] = copySource(params.image);
      const build = (id: number): WhyRequest => ({ type: "project", id, params: { ...params, image } });
      return (await bridge.request<ProjectResult>({ lane: "project", build, transfer, signal })).result;
    },
    async network(query, signal) {
      return (await bridge.request<NetworkResult>({ build: (id) => ({ type: "network", id, query }), signal })).result;
    },
    stats() {
      const { workerStarts, backend } = bridge.stats();
      return { workerStarts, backend };
    },
    dispose() {
      stopActive(abortError("the client was disposed"));
      bridge.dispose();
    },
  };
}

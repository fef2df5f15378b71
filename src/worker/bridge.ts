/**
 * The main-thread half of every worker here, in the manner of squoosh's WorkerBridge: the worker
 * starts with the first message; each request carries an id its answer repeats, takes an
 * AbortSignal and may name a lane in which the latest request wins; a crash (onerror,
 * messageerror) rejects everything pending with a clear message and the next message gets a fresh
 * worker; a watchdog restarts a worker that stays silent past a request's deadline (a worker
 * terminated from outside, or one that lost a message, never crashes: it just never answers) and
 * sends the request once more; without a Worker (jsdom, old runtimes) a main-thread stand-in runs the same code one
 * task later. Uses the DOM lib (Worker, DOMException): worker files import serve.ts, never this.
 */

import { problemOf, type Problem } from "../core/problem";
import { reply, workerProblem } from "./reply";

export type Backend = "worker" | "main-thread";

/** The part of `Worker` a bridge uses, so tests can hand it a fake. */
export interface WorkerLike<Req, Res> {
  onmessage: ((event: MessageEvent<Res>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: Req, transfer: Transferable[]): void;
  terminate(): void;
}

/** What runs the requests when there is no worker: `handle` is called one task after each message. */
export interface MainThreadEndpoint<Req> {
  handle(request: Req): void;
  dispose?(): void;
}

/**
 * A refusal (`kind` is the failure's name, "RangeError" for core's rules), a crash (`kind`
 * "WorkerCrash"), a worker whose script could not be loaded (`kind` "WorkerLoad") or one that
 * stayed silent twice (`kind` "WorkerTimeout"); the last two carry their problem.
 */
export class WorkerError extends Error {
  readonly kind: string;
  /** The refusal or failure as data, rendered by the catalogues (core/problem.ts's problemOf reads it). */
  readonly problem?: Problem;
  constructor(message: string, kind: string, problem?: Problem) {
    super(message);
    this.kind = kind;
    if (problem) this.problem = problem;
  }
}

/**
 * How long a request may go unanswered: `baseMs` plus `msPerUnit` for each unit of its `size`.
 * Generous on purpose (a busy two-core laptop is slow): it exists to catch a worker that will
 * never answer, not a slow one, and a restart throws away the work done so far.
 */
export interface Watchdog {
  baseMs: number;
  msPerUnit: number;
}

/** What the watchdog tells its client when it restarted a silent worker and sent a request again. */
export interface WatchdogRestart {
  /** The worker's name, as in BridgeOptions. */
  worker: string;
  /** The deadline that passed, in milliseconds. */
  deadlineMs: number;
}

export interface BridgeOptions<Req, Res> {
  /** The worker's name in the crash message: "compute" gives "The compute worker stopped unexpectedly (…)". */
  name: string;
  /** Starts a worker, or returns null to run on the main thread (see `startWorker`). */
  spawn: () => WorkerLike<Req, Res> | null;
  /** The main-thread stand-in, given the function that delivers its messages (see `mainThread`). */
  fallback: (post: (message: Res) => void) => MainThreadEndpoint<Req>;
  /** The error class of refusals and crashes, so each client keeps its own. */
  error: new (message: string, kind: string, problem?: Problem) => Error;
  /**
   * When a request the worker is busy with is aborted or superseded, terminate the worker and send
   * its other requests to a fresh one. Worth it for one-shot jobs: a restart costs tens of
   * milliseconds, finishing a stale trace or ×4 RGB job can cost hundreds. Wrong for a worker that
   * holds state (a training run). A re-sent request is posted again as it was, so its transfer
   * list must not have been moved (a request that transferred buffers rejects with the
   * DataCloneError).
   */
  restartOnAbort: boolean;
  /** Restart silent workers (see Watchdog); absent, a request may wait for ever. */
  watchdog?: Watchdog;
  /** After the watchdog restarted the worker and sent its requests again. */
  onRestart?: (restart: WatchdogRestart) => void;
  /** Every message that answers no request (progress between chunks, say). */
  onMessage?: (message: Res) => void;
  /** After a crash stopped the worker, before the pending requests reject with `error`. */
  onCrash?: (error: Error) => void;
}

export interface BridgeRequest<Req> {
  /** The message, given the id its answer will repeat. */
  build: (id: number) => Req;
  /** Buffers moved to the worker instead of copied (the caller must not use them afterwards). */
  transfer?: Transferable[];
  signal?: AbortSignal;
  /** A newer request in the same lane supersedes this one; without a lane, none does. */
  lane?: string;
  /** The work it asks for, in the watchdog's units (multiply-adds, pixels…): its deadline grows with it. */
  size?: number;
}

/** One answer: the result, where it was computed and how long the round trip took. */
export interface Answer<R> {
  result: R;
  backend: Backend;
  ms: number;
  /** Whether the watchdog had to restart the worker and send the request again before it was answered. */
  retried: boolean;
}

export interface BridgeStats {
  workerStarts: number;
  /** Messages posted to a worker, and messages handled on the main thread. */
  workerRequests: number;
  mainThreadRequests: number;
  /** Where the last start happened; null before the first message. */
  backend: Backend | null;
}

export interface WorkerBridge<Req> {
  /**
   * Sends a request; its answer is the message `{ id, ok: true, result }` or
   * `{ id, ok: false, name, message }` with its id. Rejects with an AbortError when `signal`
   * aborts or a newer request of its lane supersedes it, with `error(message, name)` for a
   * refusal, with `error(…, "WorkerCrash")` when the worker crashes, and with
   * `error(…, "WorkerTimeout")` when a watched worker stays silent past the deadline twice. `R` is the result type the
   * protocol pairs with the request.
   */
  request<R>(request: BridgeRequest<Req>): Promise<Answer<R>>;
  /** Sends a message that expects no answer of its own (a control message, say). */
  post(message: Req, transfer?: Transferable[]): void;
  stats(): BridgeStats;
  /** Stops the worker (or the stand-in) and rejects whatever is pending; the next message starts afresh. */
  dispose(): void;
}

/** How many workers a client started, and where its requests ran. */
export type RequestStats = Pick<BridgeStats, "workerStarts" | "workerRequests" | "mainThreadRequests">;

/** What every request/response client offers besides its own calls. */
export interface ClientControls {
  stats(): RequestStats;
  /** Stops the worker and rejects whatever is pending. */
  dispose(): void;
}

export function clientControls<Req>(bridge: WorkerBridge<Req>): ClientControls {
  return {
    stats() {
      const { workerStarts, workerRequests, mainThreadRequests } = bridge.stats();
      return { workerStarts, workerRequests, mainThreadRequests };
    },
    dispose: () => bridge.dispose(),
  };
}

export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

export function abortError(why: string): DOMException {
  return new DOMException(why, "AbortError");
}

/**
 * The real worker, or null where none exists (jsdom, old runtimes) or it cannot start: then the
 * main thread stands in. `create` must hold the literal `new Worker(new URL("…", import.meta.url))`
 * so that Vite finds and bundles the worker file.
 */
export function startWorker<Req, Res>(create: () => Worker): WorkerLike<Req, Res> | null {
  if (typeof Worker === "undefined") return null;
  try {
    return create() as unknown as WorkerLike<Req, Res>;
  } catch {
    return null;
  }
}

/** The stand-in for a worker that answers each request with a pure handler (which never throws). */
export function mainThread<Req, Res>(handle: (request: Req) => Res): BridgeOptions<Req, Res>["fallback"] {
  return (post) => ({ handle: (request) => post(handle(request)) });
}

/**
 * A stand-in whose handler is fetched with its first request: the handler's chunk (the core's
 * loops, which the worker holds anyway) stays off the start page, where a worker answers. If the
 * chunk cannot be fetched the request fails as a worker's script that could not be loaded does
 * (`WorkerLoad`, worth a retry), and the next request fetches again.
 */
export function mainThreadOnDemand<Req, Res>(name: string, load: () => Promise<(request: Req) => Res>): BridgeOptions<Req, Res>["fallback"] {
  return (post) => ({
    handle: (request) => {
      load().then(
        (handle) => post(handle(request)),
        () => {
          const error = Object.assign(new Error(`The ${name} code could not be loaded: the network may be offline. Try again when it is back.`), {
            name: "WorkerLoad",
            problem: workerProblem("worker.loadFailed", { workerChoice: name }),
          });
          post(
            reply(request, () => {
              throw error;
            }) as Res,
          );
        },
      );
    },
  });
}

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; name: string; message: string; problem?: Problem };

/** An error event that says nothing about code: what a worker whose script could not be fetched fires. */
function isBareError(event: Event): boolean {
  const e = event as Partial<ErrorEvent>;
  return !e.message && !e.filename && !e.lineno;
}

function asReply(message: unknown): Reply | null {
  const m = message as { id?: unknown; ok?: unknown } | null;
  return typeof m === "object" && m !== null && typeof m.id === "number" && typeof m.ok === "boolean" ? (m as Reply) : null;
}

interface Pending<Req> {
  message: Req;
  transfer: Transferable[];
  lane: string | undefined;
  resolve: (answer: Answer<unknown>) => void;
  reject: (reason: unknown) => void;
  started: number;
  detach: () => void;
  /** Milliseconds the watchdog waits for this request (Infinity when unwatched). */
  deadlineMs: number;
  /** The watchdog's timer for the current attempt. */
  timer: ReturnType<typeof setTimeout> | undefined;
  retried: boolean;
}

/**
 * A bridge to one worker (see the top of this file). Cost per request: one postMessage each way;
 * results whose buffers the worker transfers arrive without a copy.
 */
export function createWorkerBridge<Req, Res>(options: BridgeOptions<Req, Res>): WorkerBridge<Req> {
  const stats = { workerStarts: 0, workerRequests: 0, mainThreadRequests: 0 };
  let backend: Backend | null = null;
  let worker: WorkerLike<Req, Res> | null = null;
  let endpoint: MainThreadEndpoint<Req> | null = null;
  /** Ids posted to the current worker and not yet answered. */
  const inWorker = new Set<number>();
  const pending = new Map<number, Pending<Req>>();
  let nextId = 1;

  const stopWorker = (): void => {
    worker?.terminate();
    worker = null;
    inWorker.clear();
  };

  const settle = (p: Pending<Req>): void => {
    clearTimeout(p.timer);
    p.detach();
  };

  const rejectAll = (reason: unknown): void => {
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) {
      settle(p);
      p.reject(reason);
    }
  };

  /** Restarts the worker and sends again every request it held, except `except`. */
  const restartWith = (except?: number): void => {
    const survivors = [...inWorker].filter((id) => id !== except);
    stopWorker();
    for (const other of survivors) {
      const q = pending.get(other);
      if (q) dispatch(q.message, q.transfer, other);
    }
  };

  /**
   * A request's deadline passed: the worker is stuck or gone. The first time, restart it and send
   * everything it held again; the second time, give up on this request with a WorkerTimeout.
   */
  const timeout = (id: number): void => {
    const p = pending.get(id);
    if (!p || !inWorker.has(id)) return;
    if (!p.retried) {
      p.retried = true;
      restartWith();
      options.onRestart?.({ worker: options.name, deadlineMs: p.deadlineMs });
      return;
    }
    pending.delete(id);
    settle(p);
    restartWith(id);
    const seconds = Math.round(p.deadlineMs / 100) / 10;
    p.reject(
      new options.error(
        `The ${options.name} worker did not answer within ${seconds} s, twice: it was restarted, and the next change will try again.`,
        "WorkerTimeout",
        workerProblem("worker.timeout", { workerChoice: options.name, seconds }),
      ),
    );
  };

  const fail = (error: Error): void => {
    stopWorker();
    options.onCrash?.(error);
    rejectAll(error);
  };

  const crash = (what: string): void => {
    fail(
      new options.error(
        `The ${options.name} worker stopped unexpectedly (${what}). A fresh worker will start with the next request.`,
        "WorkerCrash",
        workerProblem("worker.crashed", { workerChoice: options.name, detail: what }),
      ),
    );
  };

  /** The worker's script never ran (offline, a missing file): not a crash, and worth a retry. */
  const loadFailed = (): void => {
    fail(
      new options.error(
        `The ${options.name} worker could not be loaded: the network may be offline. Try again when it is back.`,
        "WorkerLoad",
        workerProblem("worker.loadFailed", { workerChoice: options.name }),
      ),
    );
  };

  const receive = (message: Res, from: Backend): void => {
    const reply = asReply(message);
    if (!reply) {
      options.onMessage?.(message);
      return;
    }
    const p = pending.get(reply.id);
    if (!p) return; // aborted or superseded: its answer is dropped
    pending.delete(reply.id);
    inWorker.delete(reply.id);
    settle(p);
    if (reply.ok) p.resolve({ result: reply.result, backend: from, ms: performance.now() - p.started, retried: p.retried });
    else p.reject(new options.error(reply.message, reply.name, problemOf(reply)));
  };

  const start = (): void => {
    if (worker || endpoint) return;
    const w = options.spawn();
    if (!w) {
      endpoint = options.fallback((message) => receive(message, "main-thread"));
      backend = "main-thread";
      return;
    }
    // A worker that was replaced may still have something in flight: only the current one is heard.
    let heard = false;
    w.onmessage = (event) => {
      heard = true;
      if (worker === w) receive(event.data, "worker");
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      if (worker !== w) return;
      // A script that fails to load fires a bare error event (no message, no file, no line)
      // before the worker ever answers; an exception in running code names itself.
      if (!heard && isBareError(event)) loadFailed();
      else crash(event.message || "error in the worker");
    };
    w.onmessageerror = () => {
      if (worker === w) crash("a message could not be decoded");
    };
    worker = w;
    stats.workerStarts++;
    backend = "worker";
  };

  const drop = (id: number, reason: unknown): void => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    settle(p);
    if (inWorker.delete(id) && options.restartOnAbort) restartWith();
    p.reject(reason);
  };

  /** Posts a message to the worker, or hands it to the stand-in one task later. `id` marks a request. */
  function dispatch(message: Req, transfer: Transferable[], id?: number): void {
    start();
    if (worker) {
      stats.workerRequests++;
      if (id === undefined) {
        worker.postMessage(message, transfer);
        return;
      }
      inWorker.add(id);
      try {
        worker.postMessage(message, transfer);
      } catch (error) {
        inWorker.delete(id);
        drop(id, error); // a DataCloneError: the request could not be sent
        return;
      }
      const p = pending.get(id);
      if (p && Number.isFinite(p.deadlineMs)) {
        clearTimeout(p.timer);
        p.timer = setTimeout(() => timeout(id), p.deadlineMs);
      }
      return;
    }
    const e = endpoint;
    if (!e) return;
    stats.mainThreadRequests++;
    // Deferred one task, as a worker would be, so that an abort or a newer request made right
    // after this one still wins; a request dropped meanwhile is not computed at all.
    setTimeout(() => {
      if (endpoint === e && (id === undefined || pending.has(id))) e.handle(message);
    }, 0);
  }

  return {
    request<R>({ build, transfer = [], signal, lane, size = 0 }: BridgeRequest<Req>): Promise<Answer<R>> {
      if (signal?.aborted) return Promise.reject(abortError("the request was aborted"));
      if (lane !== undefined) {
        for (const [id, p] of [...pending]) {
          if (p.lane === lane) drop(id, abortError("superseded by a newer request"));
        }
      }
      const id = nextId++;
      const message = build(id);
      return new Promise<Answer<R>>((resolve, reject) => {
        const onAbort = (): void => drop(id, abortError("the request was aborted"));
        signal?.addEventListener("abort", onAbort, { once: true });
        pending.set(id, {
          message,
          transfer,
          lane,
          resolve: resolve as (answer: Answer<unknown>) => void,
          reject,
          started: performance.now(),
          detach: () => signal?.removeEventListener("abort", onAbort),
          deadlineMs: options.watchdog ? options.watchdog.baseMs + options.watchdog.msPerUnit * Math.max(0, size) : Infinity,
          timer: undefined,
          retried: false,
        });
        dispatch(message, transfer, id);
      });
    },
    post(message, transfer = []) {
      dispatch(message, transfer);
    },
    stats: () => ({ ...stats, backend }),
    dispose() {
      stopWorker();
      endpoint?.dispose?.();
      endpoint = null;
      rejectAll(abortError("the client was disposed"));
    },
  };
}

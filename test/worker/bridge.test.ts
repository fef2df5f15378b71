import { afterEach, describe, expect, test, vi } from "vitest";
import {
  createWorkerBridge,
  isAbortError,
  mainThread,
  startWorker,
  WorkerError,
  type BridgeOptions,
  type MainThreadEndpoint,
} from "../../src/worker/bridge";
import { fakeWorkers, rejection } from "./fakeWorker";

/** A toy protocol: "double" answers 2·value (a negative value is refused); "note" expects no answer. */
type Req = { id: number; type: "double"; value: number; data?: Float64Array } | { type: "note"; text: string };
type Res = { id: number; ok: true; result: number } | { id: number; ok: false; name: string; message: string } | { type: "event"; text: string };

function double(request: Req): Res {
  if (request.type !== "double") return { type: "event", text: `noted ${request.text}` };
  if (request.value < 0) return { id: request.id, ok: false, name: "RangeError", message: `value must be ≥ 0 (got ${request.value})` };
  return { id: request.id, ok: true, result: 2 * request.value };
}

class ToyError extends WorkerError {
  override name = "ToyError";
}

function bridgeWith(patch: Partial<BridgeOptions<Req, Res>> = {}) {
  const { workers, createWorker } = fakeWorkers<Req, Res>(double);
  const bridge = createWorkerBridge<Req, Res>({
    name: "toy",
    spawn: createWorker,
    fallback: mainThread(double),
    error: ToyError,
    restartOnAbort: true,
    ...patch,
  });
  const ask = (value: number, more: { lane?: string; signal?: AbortSignal; transfer?: Transferable[] } = {}) =>
    bridge.request<number>({ build: (id) => ({ id, type: "double", value }), lane: "double", ...more });
  return { bridge, workers, ask };
}

const noWorker = () => null;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe("worker bridge", () => {
  test("the worker starts with the first request, not before, and serves the ones after it", async () => {
    const { bridge, workers, ask } = bridgeWith();
    expect(workers).toHaveLength(0);
    const p = ask(3);
    expect(workers).toHaveLength(1);
    expect(workers[0].requests[0]).toEqual({ id: 1, type: "double", value: 3 });
    workers[0].answer();
    const answer = await p;
    expect(answer.result).toBe(6);
    expect(answer.backend).toBe("worker");
    expect(answer.ms).toBeGreaterThanOrEqual(0);
    const q = ask(4);
    workers[0].answer();
    expect((await q).result).toBe(8);
    expect(workers).toHaveLength(1);
    expect(bridge.stats()).toEqual({ workerStarts: 1, workerRequests: 2, mainThreadRequests: 0, backend: "worker" });
  });

  test("a refusal rejects with the client's error class, its message, and the failure's name as kind", async () => {
    const { workers, ask } = bridgeWith();
    const p = ask(-1);
    workers[0].answer();
    const error = await rejection(p);
    expect(error).toBeInstanceOf(ToyError);
    expect(error).toMatchObject({ name: "ToyError", kind: "RangeError", message: "value must be ≥ 0 (got -1)" });
  });

  test("an already aborted signal rejects at once, and nothing is sent", async () => {
    const { workers, ask } = bridgeWith();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(ask(1, { signal: controller.signal }));
    expect(isAbortError(error)).toBe(true);
    expect((error as DOMException).message).toBe("the request was aborted");
    expect(workers).toHaveLength(0);
  });

  test("an abort rejects at once with an AbortError and terminates the worker busy with it", async () => {
    const { workers, ask } = bridgeWith();
    const controller = new AbortController();
    const p = ask(1, { signal: controller.signal });
    controller.abort();
    const error = await rejection(p);
    expect(isAbortError(error)).toBe(true);
    expect((error as DOMException).name).toBe("AbortError");
    expect(workers[0].terminated).toBe(true);
  });

  test("the latest request of a lane wins: the older rejects, its worker stops, and its late answer is dropped", async () => {
    const { workers, ask } = bridgeWith();
    const older = ask(1);
    const newer = ask(2);
    const error = await rejection(older);
    expect(isAbortError(error)).toBe(true);
    expect((error as DOMException).message).toBe("superseded by a newer request");
    expect(workers[0].terminated).toBe(true);
    workers[1].send(double(workers[0].requests[0])); // the older id, now answered by the fresh worker
    workers[1].answer();
    expect((await newer).result).toBe(4);
  });

  test("lanes are independent: superseding in one restarts the worker and re-sends the other lanes' requests with their transfer lists", async () => {
    const { bridge, workers, ask } = bridgeWith();
    const data = new Float64Array(2);
    const other = bridge.request<number>({ lane: "other", build: (id) => ({ id, type: "double", value: 10, data }), transfer: [data.buffer] });
    const first = ask(1);
    const second = ask(2);
    expect(isAbortError(await rejection(first))).toBe(true);
    expect(workers[0].terminated).toBe(true);
    const fresh = workers[1];
    expect(fresh.requests.map((r) => r.type === "double" && r.value)).toEqual([10, 2]);
    expect(fresh.transfers).toEqual([[data.buffer], []]);
    fresh.answer(0);
    fresh.answer(1);
    expect((await other).result).toBe(20);
    expect((await second).result).toBe(4);
    expect(bridge.stats().workerStarts).toBe(2);
  });

  test("requests without a lane never supersede one another", async () => {
    const { bridge, workers } = bridgeWith();
    const ask = (value: number) => bridge.request<number>({ build: (id) => ({ id, type: "double", value }) });
    const a = ask(1);
    const b = ask(2);
    workers[0].answer(0);
    workers[0].answer(1);
    expect([(await a).result, (await b).result]).toEqual([2, 4]);
    expect(workers[0].terminated).toBe(false);
  });

  test("without restartOnAbort an abort rejects the request but leaves the worker running", async () => {
    const { workers, ask } = bridgeWith({ restartOnAbort: false });
    const older = ask(1);
    const newer = ask(2);
    expect(isAbortError(await rejection(older))).toBe(true);
    expect(workers[0].terminated).toBe(false);
    workers[0].answer(0);
    workers[0].answer(1);
    expect((await newer).result).toBe(4);
    expect(workers).toHaveLength(1);
  });

  test("a crash rejects everything pending with the worker's name in a clear message, and the next request gets a fresh worker", async () => {
    const onCrash = vi.fn();
    const { bridge, workers, ask } = bridgeWith({ onCrash });
    const p = ask(1);
    const q = ask(2, { lane: "other" });
    workers[0].crash("out of memory");
    const message = "The toy worker stopped unexpectedly (out of memory). A fresh worker will start with the next request.";
    for (const error of [await rejection(p), await rejection(q)]) {
      expect(error).toBeInstanceOf(ToyError);
      expect(error).toMatchObject({ kind: "WorkerCrash", message });
    }
    expect(onCrash).toHaveBeenCalledOnce();
    expect(onCrash.mock.calls[0][0]).toMatchObject({ kind: "WorkerCrash", message });
    expect(workers[0].terminated).toBe(true);
    const next = ask(3);
    expect(workers).toHaveLength(2);
    workers[1].answer();
    expect((await next).result).toBe(6);
    expect(bridge.stats().workerStarts).toBe(2);
  });

  test("a message that cannot be decoded is a crash too, and an error without a message is named", async () => {
    const { workers, ask } = bridgeWith();
    const p = ask(1);
    workers[0].onmessageerror?.(new MessageEvent("messageerror"));
    expect(((await rejection(p)) as Error).message).toMatch(/^The toy worker stopped unexpectedly \(a message could not be decoded\)/);
    const q = ask(1);
    workers[1].onerror?.(new ErrorEvent("error", { filename: "compute.worker.js", lineno: 3 }));
    expect(((await rejection(q)) as Error).message).toMatch(/\(error in the worker\)/);
  });

  test("a script that could not be loaded (a bare error event before any answer) is a load failure, not a crash", async () => {
    const onCrash = vi.fn();
    const { workers, ask } = bridgeWith({ onCrash });
    const p = ask(1);
    workers[0].onerror?.(new Event("error") as ErrorEvent);
    const error = await rejection(p);
    expect(error).toBeInstanceOf(ToyError);
    expect(error).toMatchObject({
      kind: "WorkerLoad",
      message: "The toy worker could not be loaded: the network may be offline. Try again when it is back.",
      problem: { code: "worker.loadFailed", values: { workerChoice: "toy" } },
    });
    expect(onCrash).toHaveBeenCalledOnce();
    // Retrying starts a fresh worker, which loads this time.
    const q = ask(2);
    expect(workers).toHaveLength(2);
    workers[1].answer();
    expect((await q).result).toBe(4);
    // Once a worker has answered, even a bare error event is a crash of running code.
    const r = ask(3);
    workers[1].onerror?.(new Event("error") as ErrorEvent);
    expect(await rejection(r)).toMatchObject({ kind: "WorkerCrash" });
  });

  test("a replaced worker is no longer heard: its late answers and errors change nothing", async () => {
    const { workers, ask } = bridgeWith();
    const older = ask(1);
    const newer = ask(2);
    await rejection(older);
    workers[0].send({ id: 2, ok: true, result: -99 });
    workers[0].crash("late");
    workers[1].answer();
    expect((await newer).result).toBe(4);
  });

  test("transfer lists go with postMessage; post() sends a message that expects no answer; onMessage gets what answers no request", async () => {
    const onMessage = vi.fn();
    const { bridge, workers, ask } = bridgeWith({ onMessage });
    const data = new Float64Array(4);
    const p = ask(5, { transfer: [data.buffer] });
    bridge.post({ type: "note", text: "hi" }, [data.buffer]);
    bridge.post({ type: "note", text: "bare" });
    expect(workers[0].transfers).toEqual([[data.buffer], [data.buffer], []]);
    workers[0].answer(1);
    expect(onMessage).toHaveBeenCalledWith({ type: "event", text: "noted hi" });
    workers[0].send({ id: 999, ok: true, result: 0 }); // an answer nobody waits for is dropped, not passed on
    expect(onMessage).toHaveBeenCalledOnce();
    workers[0].answer(0);
    expect((await p).result).toBe(10);
  });

  test("a request that cannot be posted rejects with the postMessage error and leaves the worker alone", async () => {
    const { workers, ask } = bridgeWith();
    const p = ask(1);
    workers[0].postMessage = () => {
      throw new DOMException("could not be cloned", "DataCloneError");
    };
    const error = await rejection(ask(2, { lane: "other" }));
    expect((error as DOMException).name).toBe("DataCloneError");
    expect(workers[0].terminated).toBe(false);
    workers[0].answer(0);
    expect((await p).result).toBe(2);
  });

  test("dispose rejects what is pending with an AbortError and stops the worker; the next request starts a fresh one", async () => {
    const { bridge, workers, ask } = bridgeWith();
    const p = ask(1);
    const q = ask(2, { lane: "other" });
    bridge.dispose();
    for (const error of [await rejection(p), await rejection(q)]) {
      expect(isAbortError(error)).toBe(true);
      expect((error as DOMException).message).toBe("the client was disposed");
    }
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(1);
    const r = ask(3);
    workers[1].answer();
    expect((await r).result).toBe(6);
  });
});

describe("worker bridge watchdog", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const WATCH = { baseMs: 1_000, msPerUnit: 0.5 };
  /** A request of `size` units to a bridge whose workers swallow every message (they never answer). */
  function silent(patch: Partial<BridgeOptions<Req, Res>> = {}) {
    vi.useFakeTimers();
    const restarts: unknown[] = [];
    const made = bridgeWith({ watchdog: WATCH, onRestart: (r) => restarts.push(r), ...patch });
    const askSized = (value: number, size: number) =>
      made.bridge.request<number>({ build: (id) => ({ id, type: "double", value }), lane: "double", size });
    return { ...made, restarts, askSized };
  }

  test("a request unanswered past its deadline restarts the worker and is sent again once; the retry's answer resolves it, marked retried", async () => {
    const { workers, restarts, askSized } = silent();
    const p = askSized(3, 2_000); // deadline 1,000 + 0.5 × 2,000 = 2,000 ms
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1].requests).toEqual([{ id: 1, type: "double", value: 3 }]);
    expect(restarts).toEqual([{ worker: "toy", deadlineMs: 2_000 }]);
    workers[1].answer();
    const answer = await p;
    expect(answer).toMatchObject({ result: 6, backend: "worker", retried: true });
  });

  test("the deadline is proportional to the request's size", async () => {
    const { workers, askSized } = silent();
    void askSized(1, 10_000).catch(() => {}); // 1,000 + 5,000 ms
    await vi.advanceTimersByTimeAsync(5_999);
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(workers).toHaveLength(2);
  });

  test("a second silence rejects with a WorkerTimeout that carries its problem, and the next request gets a fresh worker", async () => {
    const { workers, restarts, askSized } = silent();
    const p = rejection(askSized(3, 0));
    await vi.advanceTimersByTimeAsync(2_000);
    const error = await p;
    expect(error).toBeInstanceOf(ToyError);
    expect(error).toMatchObject({
      kind: "WorkerTimeout",
      message: "The toy worker did not answer within 1 s, twice: it was restarted, and the next change will try again.",
      problem: { code: "worker.timeout", values: { workerChoice: "toy", seconds: 1 } },
    });
    expect(restarts).toHaveLength(1);
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
    const q = askSized(4, 0);
    expect(workers).toHaveLength(3);
    workers[2].answer();
    expect(await q).toMatchObject({ result: 8, retried: false });
  });

  test("a worker terminated from outside is noticed by the watchdog alone: the request is answered by a fresh worker", async () => {
    const { workers, askSized } = silent();
    const p = askSized(5, 0);
    workers[0].terminate(); // what a real terminated worker does: it drops every message, raises nothing
    await vi.advanceTimersByTimeAsync(1_000);
    expect(workers).toHaveLength(2);
    workers[1].answer();
    expect((await p).result).toBe(10);
  });

  test("an answer in time, an abort or a refusal stops the watchdog's timer: nothing restarts later", async () => {
    const { workers, restarts, askSized, bridge } = silent();
    const p = askSized(1, 0);
    workers[0].answer();
    await p;
    const controller = new AbortController();
    const aborted = rejection(bridge.request({ build: (id) => ({ id, type: "double", value: 2 }), signal: controller.signal }));
    controller.abort();
    await aborted;
    const refused = rejection(askSized(-1, 0));
    workers[workers.length - 1].answer();
    await refused;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(restarts).toEqual([]);
  });

  test("without a watchdog a silent worker is waited for", async () => {
    const { workers, askSized } = silent({ watchdog: undefined });
    void askSized(1, 1_000_000);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(false);
  });
});

describe("worker bridge on the main thread", () => {
  afterEach(() => vi.unstubAllGlobals());

  test("startWorker gives null where there is no Worker (jsdom) or it cannot start", () => {
    expect(typeof Worker).toBe("undefined");
    const create = vi.fn(() => {
      throw new Error("no workers here");
    });
    expect(startWorker(create)).toBeNull();
    expect(create).not.toHaveBeenCalled();
    vi.stubGlobal("Worker", class {});
    expect(startWorker(create)).toBeNull();
    expect(create).toHaveBeenCalledOnce();
  });

  test("without a worker the pure handler runs one task later, and the answer says main-thread", async () => {
    const handler = vi.fn(double);
    const { bridge, ask } = bridgeWith({ spawn: noWorker, fallback: mainThread(handler) });
    const p = ask(3);
    expect(handler).not.toHaveBeenCalled();
    const answer = await p;
    expect(answer).toMatchObject({ result: 6, backend: "main-thread" });
    expect(handler).toHaveBeenCalledOnce();
    expect(bridge.stats()).toEqual({ workerStarts: 0, workerRequests: 0, mainThreadRequests: 1, backend: "main-thread" });
  });

  test("an abort or a newer request made in the same task wins, and the dropped request is never computed", async () => {
    const handler = vi.fn(double);
    const { ask } = bridgeWith({ spawn: noWorker, fallback: mainThread(handler) });
    const controller = new AbortController();
    const aborted = ask(1, { signal: controller.signal, lane: "a" });
    controller.abort();
    const older = ask(2);
    const newer = ask(3);
    expect(isAbortError(await rejection(aborted))).toBe(true);
    expect(isAbortError(await rejection(older))).toBe(true);
    expect((await newer).result).toBe(6);
    expect(handler.mock.calls.map(([r]) => r.type === "double" && r.value)).toEqual([3]);
  });

  test("a refusal on the main thread rejects as it would from a worker", async () => {
    const { ask } = bridgeWith({ spawn: noWorker });
    expect(await rejection(ask(-2))).toMatchObject({ name: "ToyError", kind: "RangeError", message: "value must be ≥ 0 (got -2)" });
  });

  test("a stateful stand-in is made once, takes posts too, sends its own messages to onMessage, and is disposed with the bridge", async () => {
    const made: string[] = [];
    const onMessage = vi.fn();
    const spawn = vi.fn(noWorker);
    const fallback = (post: (message: Res) => void): MainThreadEndpoint<Req> => {
      made.push("endpoint");
      return { handle: (request) => post(double(request)), dispose: () => made.push("disposed") };
    };
    const { bridge, ask } = bridgeWith({ spawn, fallback, onMessage });
    bridge.post({ type: "note", text: "one" });
    expect((await ask(4)).result).toBe(8);
    expect(onMessage).toHaveBeenCalledWith({ type: "event", text: "noted one" });
    expect(spawn).toHaveBeenCalledOnce();
    bridge.post({ type: "note", text: "late" });
    bridge.dispose();
    await tick();
    expect(onMessage).toHaveBeenCalledOnce(); // a message queued before dispose reaches no disposed stand-in
    expect(made).toEqual(["endpoint", "disposed"]);
    expect((await ask(5)).result).toBe(10);
    expect(made).toEqual(["endpoint", "disposed", "endpoint"]);
  });
});

test("isAbortError knows an AbortError by its name, whatever made it", () => {
  expect(isAbortError(new DOMException("x", "AbortError"))).toBe(true);
  expect(isAbortError({ name: "AbortError" })).toBe(true);
  expect(isAbortError(new Error("x"))).toBe(false);
  expect(isAbortError(null)).toBe(false);
});

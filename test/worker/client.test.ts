import { describe, expect, test, vi } from "vitest";
import { createComputeClient, isAbortError, type WorkerLike } from "../../src/worker/client";
import { handle } from "../../src/worker/handle";
import type { WorkerRequest, WorkerResponse } from "../../src/worker/protocol";
import { rows, seedConv, seedReverse } from "./helpers";

/** A worker double: records requests; the test decides when, and whether, each is answered. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  requests: WorkerRequest[] = [];
  terminated = false;
  postMessage(message: WorkerRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(index = this.requests.length - 1): void {
    this.onmessage?.(new MessageEvent("message", { data: handle(this.requests[index]) }));
  }
  crash(message: string): void {
    this.onerror?.(new ErrorEvent("error", { message }));
  }
}

function fakeClient() {
  const workers: FakeWorker[] = [];
  const client = createComputeClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  });
  return { client, workers };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

describe("compute client, main-thread fallback (jsdom has no Worker)", () => {
  test("computes on the main thread and says so", async () => {
    expect(typeof Worker).toBe("undefined");
    const client = createComputeClient();
    const answer = await client.explore(seedConv());
    expect(answer.backend).toBe("main-thread");
    expect(rows(answer.exploration.output.data, 2)).toEqual([[18, 27], [18, 27]]);
    expect(client.stats()).toMatchObject({ workerStarts: 0, mainThreadRequests: 1 });
  });

  test("an aborted signal rejects with an AbortError", async () => {
    const client = createComputeClient();
    const controller = new AbortController();
    const p = client.explore(seedConv(), controller.signal);
    controller.abort();
    expect(isAbortError(await rejection(p))).toBe(true);
    expect(isAbortError(await rejection(client.explore(seedConv(), controller.signal)))).toBe(true);
  });

  test("the latest request wins: an older call still in flight rejects with an AbortError", async () => {
    const client = createComputeClient();
    const older = client.explore(seedConv());
    const newer = client.explore(seedReverse());
    expect(isAbortError(await rejection(older))).toBe(true);
    expect((await newer).exploration.mode).toBe("transposed");
  });

  test("core's refusal rejects with its message", async () => {
    const client = createComputeClient();
    const error = await rejection(client.explore({ ...seedConv(), stride: [0, 1] }));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/stride \(height\) must be ≥ 1 \(got 0\)/);
  });
});

describe("compute client with a worker", () => {
  test("starts the worker lazily, on the first call", async () => {
    const { client, workers } = fakeClient();
    expect(workers).toHaveLength(0);
    const p = client.explore(seedConv());
    expect(workers).toHaveLength(1);
    expect(workers[0].requests[0]).toMatchObject({ type: "explore" });
    workers[0].answer();
    const answer = await p;
    expect(answer.backend).toBe("worker");
    expect(rows(answer.exploration.output.data, 2)).toEqual([[18, 27], [18, 27]]);
    const next = client.explore(seedReverse());
    expect(workers).toHaveLength(1);
    workers[0].answer();
    expect((await next).exploration.mode).toBe("transposed");
  });

  test("a newer call drops the older answer and stops the busy worker", async () => {
    const { client, workers } = fakeClient();
    const older = client.explore(seedConv());
    const newer = client.explore(seedReverse());
    expect(isAbortError(await rejection(older))).toBe(true);
    expect(workers[0].terminated).toBe(true);
    workers[0].answer(0); // arrives late: nobody listens any more
    workers[1].answer();
    expect((await newer).exploration.mode).toBe("transposed");
  });

  test("an answer to an id nobody waits for is ignored", async () => {
    const { client, workers } = fakeClient();
    const p = client.explore(seedConv());
    const stale = handle({ id: 999, type: "explore", params: seedReverse() });
    workers[0].onmessage?.(new MessageEvent("message", { data: stale }));
    workers[0].answer();
    expect((await p).exploration.mode).toBe("conv");
  });

  test("abort rejects at once and terminates the busy worker", async () => {
    const { client, workers } = fakeClient();
    const controller = new AbortController();
    const p = client.explore(seedConv(), controller.signal);
    controller.abort();
    const error = await rejection(p);
    expect(isAbortError(error)).toBe(true);
    expect((error as DOMException).name).toBe("AbortError");
    expect(workers[0].terminated).toBe(true);
  });

  test("a crash rejects with a clear message, and the next call gets a fresh worker", async () => {
    const { client, workers } = fakeClient();
    const p = client.explore(seedConv());
    workers[0].crash("out of memory");
    const error = await rejection(p);
    expect((error as Error).message).toMatch(/compute worker stopped unexpectedly \(out of memory\)/);
    expect((error as Error).message).toMatch(/fresh worker/);
    expect(workers[0].terminated).toBe(true);
    const next = client.explore(seedConv());
    expect(workers).toHaveLength(2);
    workers[1].answer();
    expect((await next).exploration.mode).toBe("conv");
  });

  test("a message that cannot be decoded is a crash too", async () => {
    const { client, workers } = fakeClient();
    const p = client.explore(seedConv());
    workers[0].onmessageerror?.(new MessageEvent("messageerror"));
    expect((await rejection(p) as Error).message).toMatch(/could not be decoded/);
  });

  test("dispose rejects what is pending and stops the worker", async () => {
    const { client, workers } = fakeClient();
    const p = client.explore(seedConv());
    client.dispose();
    expect(isAbortError(await rejection(p))).toBe(true);
    expect(workers[0].terminated).toBe(true);
  });

  test("falls back to the main thread when the worker cannot be created", async () => {
    const spawn = vi.fn(() => null);
    const client = createComputeClient({ createWorker: spawn });
    const answer = await client.explore(seedConv());
    expect(spawn).toHaveBeenCalled();
    expect(answer.backend).toBe("main-thread");
  });
});

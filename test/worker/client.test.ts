import { describe, expect, test } from "vitest";
import { problemOf } from "../../src/core/problem";
import { renderProblem } from "../../src/i18n/problems";
import { ComputeError, createComputeClient, isAbortError } from "../../src/worker/client";
import { handle } from "../../src/worker/handle";
import type { WorkerRequest, WorkerResponse } from "../../src/worker/protocol";
import { fakeWorkers, rejection } from "./fakeWorker";
import { rows, seedConv, seedReverse } from "./helpers";

/** The bridge itself (lazy start, abort, lanes, crash, fallback) is tested in bridge.test.ts. */
function fakeClient() {
  const { workers, createWorker } = fakeWorkers<WorkerRequest, WorkerResponse>(handle);
  return { client: createComputeClient({ createWorker }), workers };
}

describe("compute client, main-thread fallback (jsdom has no Worker)", () => {
  test("computes on the main thread and says so", async () => {
    expect(typeof Worker).toBe("undefined");
    const client = createComputeClient();
    const answer = await client.explore(seedConv());
    expect(answer.backend).toBe("main-thread");
    expect(rows(answer.exploration.output.data, 2)).toEqual([[18, 27], [18, 27]]);
    expect(client.stats()).toEqual({ workerStarts: 0, workerRequests: 0, mainThreadRequests: 1 });
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
    expect(error).toBeInstanceOf(ComputeError);
    expect(error).toMatchObject({ name: "ComputeError", kind: "RangeError" });
    expect((error as Error).message).toMatch(/stride \(height\) must be ≥ 1 \(got 0\)/);
  });
});

describe("compute client with a worker", () => {
  test("starts the worker on the first call and sends it an explore request", async () => {
    const { client, workers } = fakeClient();
    expect(workers).toHaveLength(0);
    const p = client.explore(seedConv());
    expect(workers).toHaveLength(1);
    expect(workers[0].requests[0]).toMatchObject({ type: "explore", params: seedConv() });
    workers[0].answer();
    const answer = await p;
    expect(answer.backend).toBe("worker");
    expect(rows(answer.exploration.output.data, 2)).toEqual([[18, 27], [18, 27]]);
    expect(client.stats()).toEqual({ workerStarts: 1, workerRequests: 1, mainThreadRequests: 0 });
  });

  test("one lane: a newer call, whatever its parameters, drops the older answer and stops the busy worker", async () => {
    const { client, workers } = fakeClient();
    const older = client.explore(seedConv());
    const newer = client.explore(seedReverse());
    expect(isAbortError(await rejection(older))).toBe(true);
    expect(workers[0].terminated).toBe(true);
    workers[1].answer();
    expect((await newer).exploration.mode).toBe("transposed");
  });

  test("a crash rejects with the message i18n/problems.ts translates, and the next call gets a fresh worker", async () => {
    const { client, workers } = fakeClient();
    const p = client.explore(seedConv());
    workers[0].crash("out of memory");
    const error = await rejection(p);
    expect(error).toBeInstanceOf(ComputeError);
    expect((error as ComputeError).kind).toBe("WorkerCrash");
    expect((error as Error).message).toBe(
      "The compute worker stopped unexpectedly (out of memory). A fresh worker will start with the next request.",
    );
    expect(renderProblem(problemOf(error)!, "en")).toBe((error as Error).message);
    expect(renderProblem(problemOf(error)!, "zh-CN")).toBe("计算 Worker 意外停止（out of memory）。下一次请求会启动新的 Worker。");
    const next = client.explore(seedConv());
    expect(workers).toHaveLength(2);
    workers[1].answer();
    expect((await next).exploration.mode).toBe("conv");
  });

  test("dispose rejects what is pending and stops the worker", async () => {
    const { client, workers } = fakeClient();
    const p = client.explore(seedConv());
    client.dispose();
    expect(isAbortError(await rejection(p))).toBe(true);
    expect(workers[0].terminated).toBe(true);
  });
});

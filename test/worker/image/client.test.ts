import { describe, expect, test } from "vitest";
import { avgPool2d, upsample } from "../../../src/core";
import { createImageClient, ImageJobError, isAbortError, type ImageWorkerLike } from "../../../src/worker/image/client";
import { handleImage } from "../../../src/worker/image/handle";
import { toPicture, toPlanes } from "../../../src/worker/image/planes";
import type { CoverageJob, ImageRequest, ImageResponse, LabJob } from "../../../src/worker/image/protocol";
import { testPicture } from "./helpers";

/** A worker double: records requests; the test decides when, and whether, each is answered. */
class FakeWorker implements ImageWorkerLike {
  onmessage: ((event: MessageEvent<ImageResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  requests: ImageRequest[] = [];
  terminated = false;
  postMessage(message: ImageRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(index = this.requests.length - 1): void {
    this.onmessage?.(new MessageEvent("message", { data: handleImage(this.requests[index]) }));
  }
  crash(message: string): void {
    this.onerror?.(new ErrorEvent("error", { message }));
  }
}

function fakeClient() {
  const workers: FakeWorker[] = [];
  const client = createImageClient({
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

const lab = (scale = 2): LabJob => ({
  source: { kind: "pixels", picture: testPicture() },
  color: "rgb",
  scale,
  kernel: { kind: "bilinear", size: 2 * scale },
});
const coverage: CoverageJob = { kernelSize: 3, stride: 2, layers: 1, smooth: 0, size1d: 8, size2d: 4 };

describe("image client, main-thread fallback (jsdom has no Worker)", () => {
  test("the fallback computes the same nearest, bilinear and bicubic images as core upsample", async () => {
    expect(typeof Worker).toBe("undefined");
    const client = createImageClient();
    for (const scale of [2, 4]) {
      const answer = await client.run("lab", lab(scale));
      expect(answer.backend).toBe("main-thread");
      const input = avgPool2d(toPlanes(testPicture(), "rgb"), scale);
      for (const mode of ["nearest", "bilinear", "bicubic"] as const) {
        const panel = answer.result.panels.find((p) => p.method === mode);
        expect(panel?.picture).toEqual(toPicture(upsample(input, { mode, scale })));
      }
    }
    expect(client.stats()).toMatchObject({ workerStarts: 0, mainThreadRequests: 2 });
  });

  test("an aborted signal rejects with an AbortError", async () => {
    const client = createImageClient();
    const controller = new AbortController();
    const p = client.run("lab", lab(), controller.signal);
    controller.abort();
    expect(isAbortError(await rejection(p))).toBe(true);
    expect(isAbortError(await rejection(client.run("lab", lab(), controller.signal)))).toBe(true);
  });

  test("the latest job of a type wins, and a job of another type is left alone", async () => {
    const client = createImageClient();
    const older = client.run("lab", lab(2));
    const other = client.run("coverage", coverage);
    const newer = client.run("lab", lab(4));
    expect(isAbortError(await rejection(older))).toBe(true);
    expect((await newer).result.input.width).toBe(6);
    expect((await other).result.rule.values2d).toEqual([1, 2, 4]);
  });

  test("a refusal rejects with its message", async () => {
    const client = createImageClient();
    const error = await rejection(client.run("lab", { ...lab(), scale: 1 }));
    expect(error).toBeInstanceOf(ImageJobError);
    expect((error as Error).message).toBe("scale must be a whole number from 2 to 8 (got 1)");
  });
});

describe("image client with a worker", () => {
  test("the worker starts on the first job, and its answer resolves it", async () => {
    const { client, workers } = fakeClient();
    expect(workers).toHaveLength(0);
    const p = client.run("coverage", coverage);
    expect(workers).toHaveLength(1);
    workers[0].answer();
    const answer = await p;
    expect(answer.backend).toBe("worker");
    expect(answer.result.stages1d[0].counts.length).toBe(17);
  });

  test("superseding a job in the worker restarts the worker and re-sends the other types' jobs", async () => {
    const { client, workers } = fakeClient();
    const cov = client.run("coverage", coverage);
    const first = client.run("lab", lab(2));
    const second = client.run("lab", lab(4));
    expect(isAbortError(await rejection(first))).toBe(true);
    expect(workers[0].terminated).toBe(true);
    const fresh = workers[1];
    expect(fresh.requests.map((r) => r.type).sort()).toEqual(["coverage", "lab"]);
    fresh.answer(0);
    fresh.answer(1);
    expect((await cov).result.rule.kernel).toBe(3);
    expect((await second).result.input.width).toBe(6);
  });

  test("an answer to a superseded job is dropped", async () => {
    const { client, workers } = fakeClient();
    const older = client.run("lab", lab(2));
    const olderRequest = workers[0].requests[0];
    const newer = client.run("lab", lab(4));
    expect(isAbortError(await rejection(older))).toBe(true);
    workers[1].onmessage?.(new MessageEvent("message", { data: handleImage(olderRequest) }));
    workers[1].answer();
    expect((await newer).result.input.width).toBe(6);
  });

  test("a crash rejects what is pending with a clear message, and the next job gets a fresh worker", async () => {
    const { client, workers } = fakeClient();
    const p = client.run("lab", lab());
    workers[0].crash("out of memory");
    const error = await rejection(p);
    expect(error).toBeInstanceOf(ImageJobError);
    expect((error as ImageJobError).kind).toBe("WorkerCrash");
    expect((error as Error).message).toMatch(/image worker stopped unexpectedly \(out of memory\)/);
    const q = client.run("coverage", coverage);
    expect(workers).toHaveLength(2);
    workers[1].answer();
    await q;
    expect(client.stats().workerStarts).toBe(2);
  });

  test("dispose rejects pending jobs and stops the worker", async () => {
    const { client, workers } = fakeClient();
    const p = client.run("lab", lab());
    client.dispose();
    expect(isAbortError(await rejection(p))).toBe(true);
    expect(workers[0].terminated).toBe(true);
  });
});

import { describe, expect, test } from "vitest";
import { avgPool2d, upsample } from "../../../src/core";
import { createImageClient, ImageJobError, isAbortError } from "../../../src/worker/image/client";
import { handleImage } from "../../../src/worker/image/handle";
import { toPicture, toPlanes } from "../../../src/worker/image/planes";
import type { CoverageJob, ImageRequest, ImageResponse, LabJob } from "../../../src/worker/image/protocol";
import { fakeWorkers, rejection } from "../fakeWorker";
import { testPicture } from "./helpers";

/** The bridge itself (lazy start, abort, lanes, crash, fallback) is tested in ../bridge.test.ts. */
function fakeClient() {
  const { workers, createWorker } = fakeWorkers<ImageRequest, ImageResponse>(handleImage);
  return { client: createImageClient({ createWorker }), workers };
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
    expect(client.stats()).toEqual({ workerStarts: 0, workerRequests: 0, mainThreadRequests: 2 });
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
    expect(error).toMatchObject({ name: "ImageJobError", kind: "RangeError" });
    expect((error as Error).message).toBe("scale must be a whole number from 2 to 8 (got 1)");
  });
});

describe("image client with a worker", () => {
  test("one lane per type: superseding a job in the worker restarts the worker and re-sends the other types' jobs", async () => {
    const { client, workers } = fakeClient();
    const cov = client.run("coverage", coverage);
    expect(workers).toHaveLength(1);
    const first = client.run("lab", lab(2));
    const second = client.run("lab", lab(4));
    expect(isAbortError(await rejection(first))).toBe(true);
    expect(workers[0].terminated).toBe(true);
    const fresh = workers[1];
    expect(fresh.requests.map((r) => r.type).sort()).toEqual(["coverage", "lab"]);
    fresh.answer(0);
    fresh.answer(1);
    const c = await cov;
    expect(c.backend).toBe("worker");
    expect(c.result.rule.kernel).toBe(3);
    expect(c.result.stages1d[0].counts.length).toBe(17);
    expect((await second).result.input.width).toBe(6);
    expect(client.stats()).toEqual({ workerStarts: 2, workerRequests: 4, mainThreadRequests: 0 });
  });

  test("a crash rejects what is pending with a clear message, and the next job gets a fresh worker", async () => {
    const { client, workers } = fakeClient();
    const p = client.run("lab", lab());
    workers[0].crash("out of memory");
    const error = await rejection(p);
    expect(error).toBeInstanceOf(ImageJobError);
    expect(error).toMatchObject({
      name: "ImageJobError",
      kind: "WorkerCrash",
      message: "The image worker stopped unexpectedly (out of memory). A fresh worker will start with the next request.",
    });
    expect(workers[0].terminated).toBe(true);
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

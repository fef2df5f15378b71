import { describe, expect, test, vi } from "vitest";
import { explore } from "../../../src/core";
import { gifJobOf } from "../../../src/export/gifJob";
import { seedParams, toExploreParams } from "../../../src/params/explorerParams";
import { createGifClient, GifError, GifUnsupportedError } from "../../../src/worker/gif/client";
import type { PixelContext } from "../../../src/worker/gif/handle";
import type { GifRequest, GifResponse } from "../../../src/worker/gif/protocol";
import { fakeWorkers, rejection } from "../fakeWorker";

const explored = toExploreParams(seedParams());
const job = gifJobOf(explore(explored), explored, "scatter", "en");

/** A 2D context that paints nothing: every frame reads back as the same blank pixels. */
function blankContext(width: number, height: number): PixelContext {
  const noop = () => {};
  const ctx = { setTransform: noop, fillRect: noop, beginPath: noop, roundRect: noop, rect: noop, fill: noop, stroke: noop, setLineDash: noop, fillText: noop };
  return { ...ctx, getImageData: () => ({ data: new Uint8ClampedArray(width * height * 4) }) } as unknown as PixelContext;
}

const done = (r: GifRequest): GifResponse => ({ id: r.id, ok: true, type: "encode", result: { bytes: new TextEncoder().encode("GIF89a…"), width: 10, height: 10 } });

describe("the GIF client, on the shared worker bridge", () => {
  test("without a worker (jsdom), the main thread encodes a real GIF, with progress after every frame", async () => {
    const gif = createGifClient({ mainThreadContext: blankContext });
    const onProgress = vi.fn();
    const blob = await gif.encode(job, { onProgress });
    expect(blob.type).toBe("image/gif");
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader(); // jsdom's Blob has no arrayBuffer()
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    expect(new TextDecoder().decode(new Uint8Array(bytes).slice(0, 6))).toBe("GIF89a");
    expect(onProgress).toHaveBeenCalledTimes(job.frames.length);
    expect(onProgress.mock.calls.at(-1)).toEqual([job.frames.length, job.frames.length]);
    expect(gif.stats()).toMatchObject({ workerStarts: 0, mainThreadRequests: 1 });
  });

  test("with no canvas at all, a GifUnsupportedError", async () => {
    const gif = createGifClient({ mainThreadContext: () => null });
    expect(await rejection(gif.encode(job))).toBeInstanceOf(GifUnsupportedError);
  });

  test("in a worker: the job goes with its id, progress is routed to that job, and the bytes come back as a Blob", async () => {
    const { workers, createWorker } = fakeWorkers(done);
    const gif = createGifClient({ createWorker });
    const onProgress = vi.fn();
    const blob = gif.encode(job, { onProgress });
    const [w] = workers;
    const { id } = w.requests[0];
    expect(w.requests).toEqual([{ id, type: "encode", job }]);
    w.send({ type: "progress", id, done: 1, total: 2 });
    w.send({ type: "progress", id: id + 99, done: 1, total: 9 }); // another job's: not this one's
    w.send({ type: "progress", id, done: 2, total: 2 });
    w.answer();
    expect((await blob).size).toBe(new TextEncoder().encode("GIF89a…").length);
    expect(onProgress.mock.calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  test("cancel terminates the busy worker at once and rejects with an AbortError", async () => {
    const { workers, createWorker } = fakeWorkers(done);
    const gif = createGifClient({ createWorker });
    const controller = new AbortController();
    const encoding = gif.encode(job, { signal: controller.signal });
    controller.abort();
    expect(await rejection(encoding)).toMatchObject({ name: "AbortError" });
    expect(workers[0].terminated).toBe(true);
  });

  test("a worker without OffscreenCanvas says so (GifUnsupportedError); other failures and crashes are GifErrors", async () => {
    const unsupported = fakeWorkers((r: GifRequest): GifResponse => ({ id: r.id, ok: false, name: "GifUnsupported", message: "no 2D canvas" }));
    const a = createGifClient({ createWorker: unsupported.createWorker });
    const first = a.encode(job);
    unsupported.workers[0].answer();
    expect(await rejection(first)).toBeInstanceOf(GifUnsupportedError);

    const failing = fakeWorkers((r: GifRequest): GifResponse => ({ id: r.id, ok: false, name: "Error", message: "boom" }));
    const b = createGifClient({ createWorker: failing.createWorker });
    const second = b.encode(job);
    failing.workers[0].answer();
    expect(await rejection(second)).toMatchObject({ name: "GifError", message: "boom" });

    const crashing = fakeWorkers(done);
    const c = createGifClient({ createWorker: crashing.createWorker });
    const third = c.encode(job);
    crashing.workers[0].crash("out of memory");
    const crash = await rejection(third);
    expect(crash).toBeInstanceOf(GifError);
    expect(crash).toMatchObject({ kind: "WorkerCrash" });
    expect((crash as Error).message).toContain("The GIF worker stopped unexpectedly (out of memory)");
  });
});

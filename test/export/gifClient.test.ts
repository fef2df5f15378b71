import { describe, expect, test, vi } from "vitest";
import { encodeGifInWorker, gifSupported, GifUnsupportedError, type GifWorkerLike } from "../../src/export/gifClient";
import type { GifJob, GifRequest, GifResponse } from "../../src/export/gifProtocol";

const job = { spec: {}, frames: [{}, {}], delays: [100, 100], scale: 1 } as unknown as GifJob;

/** A worker that answers with the scripted messages once it receives the job. */
function fakeWorker(script: GifResponse[] | "silent") {
  const w: GifWorkerLike & { received: GifRequest[]; terminated: boolean } = {
    onmessage: null,
    onerror: null,
    received: [],
    terminated: false,
    postMessage(m) {
      this.received.push(m);
      if (script === "silent") return;
      queueMicrotask(() => {
        for (const data of script) this.onmessage?.({ data } as MessageEvent<GifResponse>);
      });
    },
    terminate() {
      this.terminated = true;
    },
  };
  return w;
}

describe("the GIF client", () => {
  test("jsdom has no Worker: unsupported, with a GifUnsupportedError", async () => {
    expect(gifSupported()).toBe(false);
    await expect(encodeGifInWorker(job)).rejects.toBeInstanceOf(GifUnsupportedError);
  });

  test("sends the job, reports progress and resolves with an image/gif Blob; the worker is ended", async () => {
    const bytes = new TextEncoder().encode("GIF89a…");
    const worker = fakeWorker([
      { type: "progress", done: 1, total: 2 },
      { type: "progress", done: 2, total: 2 },
      { type: "done", bytes, width: 10, height: 10 },
    ]);
    const onProgress = vi.fn();
    const blob = await encodeGifInWorker(job, { createWorker: () => worker, onProgress });
    expect(worker.received).toEqual([{ type: "encode", job }]);
    expect(onProgress.mock.calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(blob.type).toBe("image/gif");
    expect(blob.size).toBe(bytes.length);
    expect(worker.terminated).toBe(true);
  });

  test("cancel terminates the worker at once and rejects with an AbortError", async () => {
    const worker = fakeWorker("silent");
    const controller = new AbortController();
    const done = encodeGifInWorker(job, { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: "AbortError" });
    expect(worker.terminated).toBe(true);
  });

  test("a worker without OffscreenCanvas reports unsupported; another failure is an Error with its message", async () => {
    const unsupported = fakeWorker([{ type: "error", message: "no OffscreenCanvas", unsupported: true }]);
    await expect(encodeGifInWorker(job, { createWorker: () => unsupported })).rejects.toBeInstanceOf(GifUnsupportedError);
    const broken = fakeWorker([{ type: "error", message: "boom", unsupported: false }]);
    await expect(encodeGifInWorker(job, { createWorker: () => broken })).rejects.toThrow("boom");
  });
});

import { describe, expect, test } from "vitest";
import { conv2d, convTranspose2d, createTrainer, mulberry32, trainStep, fill } from "../../../src/core";
import { createWhyClient, WhyError, type WorkerLike } from "../../../src/worker/train/client";
import type { GrayImage, TrainConfig, TrainProgressMessage, WhyRequest, WhyResponse } from "../../../src/worker/train/protocol";
import { createWhySession } from "../../../src/worker/train/session";

/** A small smooth image with some texture: fast to train on in jsdom. */
function image(side = 16, seed = 5): GrayImage {
  const r = mulberry32(seed);
  const data = new Float64Array(side * side);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) data[y * side + x] = 0.5 + 0.3 * Math.sin((x + 2 * y) / 3) + 0.1 * r();
  return { width: side, height: side, data };
}

function config(patch: Partial<TrainConfig> = {}): TrainConfig {
  return {
    image: { kind: "pixels", image: image() },
    kernelSize: 4,
    stride: 2,
    optimizer: { kind: "adam", learningRate: 0.05 },
    init: "random",
    seed: 7,
    maxSteps: 40,
    stepsPerChunk: 8,
    chunkMs: 0,
    ...patch,
  };
}

function reference(c: TrainConfig, steps: number) {
  if (c.image.kind !== "pixels") throw new Error("pixels only");
  const { width, height, data } = c.image.image;
  const st = createTrainer({
    images: { shape: [1, height, width], data },
    kernelSize: c.kernelSize,
    stride: c.stride,
    optimizer: c.optimizer,
    init: c.init,
    seed: c.seed,
  });
  return { st, p: trainStep(st, steps) };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await tick(1);
  }
}

describe("the training client on the main thread (no Worker under jsdom)", () => {
  test("a run reproduces core's trainStep bit for bit for its seed: kernel, bias and every loss", async () => {
    const client = createWhyClient();
    const c = config();
    const progress: TrainProgressMessage[] = [];
    const run = client.train(c, { onProgress: (p) => progress.push(p) });
    const last = await run.done;
    const { st, p } = reference(c, 40);
    expect(client.stats().backend).toBe("main-thread");
    expect(last.status).toBe("done");
    expect(last.step).toBe(40);
    expect(last.kernel).toEqual(p.kernel);
    expect(last.bias).toBe(p.bias);
    expect(last.loss).toBe(p.loss);
    expect(progress[0]).toMatchObject({ step: 0, loss: st.loss });
    expect(Float64Array.from(progress.flatMap((q) => [...q.losses]))).toEqual(p.losses);
    client.dispose();
  });

  test("the same seed gives the same run, another seed another one; the pace does not change the result", async () => {
    const client = createWhyClient();
    const a = await client.train(config({ stepsPerChunk: 3 }), { onProgress: () => {} }).done;
    const b = await client.train(config({ stepsPerChunk: 40 }), { onProgress: () => {} }).done;
    const other = await client.train(config({ seed: 8 }), { onProgress: () => {} }).done;
    expect(b.kernel).toEqual(a.kernel);
    expect(other.kernel).not.toEqual(a.kernel);
    client.dispose();
  });

  test("onStarted brings the references: the pooled input, the bilinear kernel and its loss, the least-squares optimum", async () => {
    const client = createWhyClient();
    let started: Extract<WhyResponse, { type: "train-started" }> | null = null;
    const last = await client.train(config({ maxSteps: 400, stepsPerChunk: 100 }), { onStarted: (s) => (started = s), onProgress: () => {} }).done;
    expect(started).not.toBeNull();
    const s = started!;
    expect([s.width, s.height, s.input.length, s.target.length]).toEqual([16, 16, 64, 256]);
    expect([...s.bilinear]).toEqual(fill("bilinear", 4, 4, { stride: 2 }));
    expect(s.bilinearOutput.length).toBe(256);
    expect(s.optimum.loss).toBeLessThanOrEqual(last.loss);
    expect(last.loss).toBeLessThan(s.optimum.loss * 1.5);
    client.dispose();
  });

  test("pause stops the updates, resume continues, and the run still ends where trainStep does", async () => {
    const client = createWhyClient();
    const c = config({ stepsPerChunk: 1, chunkMs: 2, maxSteps: 30 });
    const seen: TrainProgressMessage[] = [];
    const run = client.train(c, { onProgress: (p) => seen.push(p) });
    await until(() => seen.some((p) => p.step >= 3));
    run.pause();
    await until(() => seen.at(-1)?.status === "paused");
    const pausedAt = seen.at(-1)!.step;
    await tick(30);
    expect(seen.at(-1)!.step).toBe(pausedAt);
    expect(pausedAt).toBeLessThan(30);
    run.resume();
    const last = await run.done;
    expect(last.kernel).toEqual(reference(c, 30).p.kernel);
    client.dispose();
  });

  test("a run can start paused at step 0 and wait for resume", async () => {
    const client = createWhyClient();
    const seen: TrainProgressMessage[] = [];
    const run = client.train(config({ paused: true }), { onProgress: (p) => seen.push(p) });
    await until(() => seen.length > 0);
    await tick(20);
    expect(seen.map((p) => [p.step, p.status])).toEqual([[0, "paused"]]);
    run.resume();
    expect((await run.done).step).toBe(40);
    client.dispose();
  });

  test("aborting rejects the run with an AbortError and no progress arrives after it", async () => {
    const client = createWhyClient();
    const controller = new AbortController();
    const seen: TrainProgressMessage[] = [];
    const run = client.train(config({ stepsPerChunk: 1, chunkMs: 2, maxSteps: 1000 }), { onProgress: (p) => seen.push(p) }, controller.signal);
    await until(() => seen.length >= 2);
    controller.abort();
    await expect(run.done).rejects.toMatchObject({ name: "AbortError" });
    const count = seen.length;
    await tick(30);
    expect(seen.length).toBe(count);
    client.dispose();
  });

  test("a newer run replaces the older one (latest wins)", async () => {
    const client = createWhyClient();
    const older = client.train(config({ maxSteps: 1000, stepsPerChunk: 1, chunkMs: 2 }), { onProgress: () => {} });
    const newer = client.train(config({ maxSteps: 10 }), { onProgress: () => {} });
    await expect(older.done).rejects.toMatchObject({ name: "AbortError" });
    expect((await newer.done).step).toBe(10);
    client.dispose();
  });

  test("a configuration core refuses rejects with core's message (s = 1 with an even k)", async () => {
    const client = createWhyClient();
    const run = client.train(config({ stride: 1, kernelSize: 4 }), { onProgress: () => {} });
    await expect(run.done).rejects.toThrow("output padding must be smaller than either stride or dilation");
    await expect(run.done).rejects.toBeInstanceOf(WhyError);
    client.dispose();
  });
});

describe("one-shot requests", () => {
  test("the feature projection keeps the top-k positive activations of conv2d (away from the padding) and projects them with convTranspose2d of the same filter", async () => {
    const client = createWhyClient();
    const img = image(12, 3);
    const filter = Float64Array.from(fill("edge", 3, 3));
    const r = await client.project({ image: { kind: "pixels", image: img }, filter, kernelSize: 3, topK: 5 });
    const weight = { shape: [1, 1, 3, 3], data: filter };
    const a = conv2d({ shape: [1, 12, 12], data: img.data }, weight, null, { padding: 1 }).data;
    expect(r.activation).toEqual(a);
    // Only positions whose 3×3 window lies inside the image compete (the padding's zeros are no edge).
    const inside = [...a.keys()].filter((i) => i % 12 >= 1 && i % 12 <= 10 && i >= 12 && i < 132);
    const sorted = inside.map((i) => a[i]).filter((v) => v > 0).sort((x, y) => y - x);
    expect(Array.from(r.kept, (i) => a[i])).toEqual(sorted.slice(0, 5));
    expect([...r.kept].every((i) => inside.includes(i))).toBe(true);
    const sparse = new Float64Array(a.length);
    for (const i of r.kept) sparse[i] = a[i];
    expect(r.projection).toEqual(convTranspose2d({ shape: [1, 12, 12], data: sparse }, weight, null, { padding: 1 }).data);
    client.dispose();
  });

  test("network sizes come from core: the DCGAN generator doubles 4 → 64", async () => {
    const client = createWhyClient();
    const r = await client.network({ kind: "dcgan", options: {} });
    expect(r.kind === "dcgan" && r.layers.map((l) => l.outSize)).toEqual([4, 8, 16, 32, 64]);
    await expect(client.network({ kind: "dcgan", options: { outputPadding: 2 } })).rejects.toThrow("layer 2: output padding must be smaller");
    client.dispose();
  });

  test("a newer projection supersedes the older one; an aborted request rejects at once", async () => {
    const client = createWhyClient();
    const params = { image: { kind: "synthetic", name: "shapes" } as const, filter: Float64Array.from(fill("edge", 3, 3)), kernelSize: 3, topK: 3 };
    const first = client.project(params);
    const second = client.project(params);
    await expect(first).rejects.toMatchObject({ name: "AbortError" });
    expect((await second).width).toBe(128);
    const controller = new AbortController();
    const third = client.project(params, controller.signal);
    controller.abort();
    await expect(third).rejects.toMatchObject({ name: "AbortError" });
    client.dispose();
  });

  test("network requests do not supersede one another: several sections ask at once", async () => {
    const client = createWhyClient();
    const [a, b] = await Promise.all([
      client.network({ kind: "dcgan", options: {} }),
      client.network({ kind: "encoderDecoder", options: { kind: "unet", inputSize: 64 } }),
    ]);
    expect([a.kind, b.kind]).toEqual(["dcgan", "encoderDecoder"]);
    client.dispose();
  });
});

/** A worker that runs the real session in-process and records what crosses the boundary. */
function fakeWorker(log: { requests: WhyRequest[]; transfers: Transferable[][] }): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message, transfer) {
      log.requests.push(message);
      log.transfers.push(transfer);
      setTimeout(() => session.handle(structuredClone(message)), 0);
    },
    terminate() {
      session.dispose();
    },
  };
  const session = createWhySession((message) => w.onmessage?.({ data: message } as MessageEvent<WhyResponse>));
  return w;
}

describe("through a worker", () => {
  test("the image's pixels are transferred as a copy, the caller keeps its own", async () => {
    const log = { requests: [] as WhyRequest[], transfers: [] as Transferable[][] };
    const client = createWhyClient({ createWorker: () => fakeWorker(log) });
    const c = config({ maxSteps: 5 });
    await client.train(c, { onProgress: () => {} }).done;
    expect(client.stats()).toEqual({ workerStarts: 1, backend: "worker" });
    expect(log.transfers[0]).toHaveLength(1);
    expect(c.image.kind === "pixels" && c.image.image.data.length).toBe(256);
    client.dispose();
  });

  test("aborting a projection leaves the worker, and the training run in it, alone", async () => {
    const log = { requests: [] as WhyRequest[], transfers: [] as Transferable[][] };
    const client = createWhyClient({ createWorker: () => fakeWorker(log) });
    const run = client.train(config({ maxSteps: 20, stepsPerChunk: 1, chunkMs: 1 }), { onProgress: () => {} });
    const controller = new AbortController();
    const params = { image: { kind: "synthetic", name: "shapes" } as const, filter: Float64Array.from(fill("edge", 3, 3)), kernelSize: 3, topK: 3 };
    const projection = client.project(params, controller.signal);
    controller.abort();
    await expect(projection).rejects.toMatchObject({ name: "AbortError" });
    expect((await run.done).step).toBe(20);
    expect(client.stats()).toEqual({ workerStarts: 1, backend: "worker" });
    client.dispose();
  });

  test("a crash rejects the run with a clear message, and the next run gets a fresh worker", async () => {
    const log = { requests: [] as WhyRequest[], transfers: [] as Transferable[][] };
    const workers: WorkerLike[] = [];
    const client = createWhyClient({
      createWorker: () => {
        const w = fakeWorker(log);
        workers.push(w);
        return w;
      },
    });
    const run = client.train(config({ maxSteps: 1000, stepsPerChunk: 1, chunkMs: 5 }), { onProgress: () => {} });
    workers[0].onerror?.({ message: "boom", preventDefault() {} } as ErrorEvent);
    await expect(run.done).rejects.toThrow("The training worker stopped unexpectedly (boom). A fresh worker will start with the next request.");
    await expect(run.done).rejects.toMatchObject({ name: "WhyError", kind: "WorkerCrash" });
    expect((await client.train(config({ maxSteps: 3 }), { onProgress: () => {} }).done).step).toBe(3);
    expect(client.stats().workerStarts).toBe(2);
    client.dispose();
  });
});

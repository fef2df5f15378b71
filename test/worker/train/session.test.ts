import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createWhySession, type Timers } from "../../../src/worker/train/session";
import type { TrainConfig, WhyResponse } from "../../../src/worker/train/protocol";
import { syntheticImage } from "../../../src/worker/train/images";

/** Timers the test advances by hand: every scheduled chunk runs only when `flush` is called. */
function manualTimers(): Timers & { flush(): number } {
  let queue: (() => void)[] = [];
  return {
    set: (fn) => {
      queue.push(fn);
      return fn;
    },
    clear: (h) => {
      queue = queue.filter((f) => f !== h);
    },
    now: () => 0,
    flush() {
      const run = queue;
      queue = [];
      run.forEach((f) => f());
      return run.length;
    },
  };
}

const config: TrainConfig = {
  image: { kind: "synthetic", name: "noise" },
  kernelSize: 4,
  stride: 2,
  optimizer: { kind: "adam", learningRate: 0.05 },
  init: "random",
  seed: 1,
  maxSteps: 20,
  stepsPerChunk: 5,
  chunkMs: 0,
};

describe("the worker's session", () => {
  test("a run advances one chunk per timer turn, and a new pace applies from the next chunk", () => {
    const posted: WhyResponse[] = [];
    const timers = manualTimers();
    const session = createWhySession((m) => posted.push(m), timers);
    session.handle({ type: "train-start", run: 1, config });
    expect(posted.map((m) => m.type)).toEqual(["train-started", "train-progress"]);
    timers.flush();
    expect(session.status()).toEqual({ run: 1, status: "running", step: 5 });
    session.handle({ type: "train-pace", run: 1, stepsPerChunk: 10 });
    timers.flush();
    expect(session.status()?.step).toBe(15);
    timers.flush();
    expect(session.status()).toEqual({ run: 1, status: "done", step: 20 });
    expect(timers.flush()).toBe(0);
  });

  test("messages about another run are ignored; stop ends the run; unknown requests get a failure, never a throw", () => {
    const posted: WhyResponse[] = [];
    const timers = manualTimers();
    const session = createWhySession((m) => posted.push(m), timers);
    session.handle({ type: "train-start", run: 1, config });
    session.handle({ type: "train-pause", run: 2 });
    expect(session.status()?.status).toBe("running");
    session.handle({ type: "train-stop", run: 1 });
    expect(session.status()).toBeNull();
    expect(timers.flush()).toBe(0);
    session.handle({ type: "nonsense", id: 9 } as never);
    expect(posted.at(-1)).toMatchObject({ type: "failure", ok: false, id: 9, name: "TypeError" });
  });

  test("synthetic images are the same on every call, in [0, 1], cropped to multiples of the stride", () => {
    const a = syntheticImage("noise", 64);
    expect(syntheticImage("noise", 64).data).toEqual(a.data);
    expect(Math.min(...a.data)).toBe(0);
    expect(Math.max(...a.data)).toBe(1);
    const posted: WhyResponse[] = [];
    const session = createWhySession((m) => posted.push(m), manualTimers());
    session.handle({ type: "train-start", run: 1, config: { ...config, stride: 3, kernelSize: 3 } });
    expect(posted[0]).toMatchObject({ type: "train-started", width: 126, height: 126 });
  });

  test("the worker file is a thin switch, and the worker's files touch neither the DOM nor React", () => {
    const dir = join(__dirname, "../../../src/worker/train");
    const worker = readFileSync(join(dir, "why.worker.ts"), "utf8");
    expect(worker).toMatch(/createWhySession/);
    expect(worker.split("\n").filter((l) => /^\s*(for|while|if)\b/.test(l))).toEqual([]);
    for (const name of ["protocol.ts", "session.ts", "handle.ts", "images.ts", "why.worker.ts"]) {
      expect(readFileSync(join(dir, name), "utf8"), name).not.toMatch(/\bdocument\b|\bwindow\b|from\s+"react/);
    }
  });
});

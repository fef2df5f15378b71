import { describe, expect, test } from "vitest";
import { explore } from "../../src/core";
import { convParams, createAppStore, reverseParams, restoringOutputPadding, seedConfig, stepsOf } from "../../src/store";
import { createComputeClient, type ComputeClient } from "../../src/worker/client";
import { rows } from "../worker/helpers";

async function computed() {
  const store = createAppStore();
  await store.getState().compute();
  return store;
}

describe("params", () => {
  test("the store opens on the seed: rows 1 2 3 4, a 3×3 ones kernel, stride 1, padding 0, conv mode", () => {
    const s = createAppStore().getState();
    expect(s.mode).toBe("conv");
    expect(rows(s.config.x.data, 4)).toEqual([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]);
    expect(Array.from(s.config.weight.data)).toEqual(new Array(9).fill(1));
    expect(s.config.stride).toEqual([1, 1]);
    expect(s.config.padding).toEqual([0, 0]);
    expect(s.exploration).toBeNull();
    expect(s.step).toBe(-1);
  });

  test("compute gives the seed's [[18, 27], [18, 27]] and remembers it as the reverse's input", async () => {
    const s = (await computed()).getState();
    expect(s.exploration?.mode).toBe("conv");
    expect(rows(s.exploration!.output.data, 2)).toEqual([[18, 27], [18, 27]]);
    expect(rows(s.convOutput!.data, 2)).toEqual([[18, 27], [18, 27]]);
    expect(s.loading).toBe(false);
    expect(s.error).toBeNull();
    expect(s.backend).toBe("main-thread");
  });

  test("switching to the reverse uses the conv's output as input, with the same kernel", async () => {
    const store = await computed();
    store.getState().setMode("transposed");
    await store.getState().compute();
    const s = store.getState();
    expect(s.mode).toBe("transposed");
    expect(s.explored?.mode).toBe("transposed");
    expect(rows(s.explored!.input.data, 2)).toEqual([[18, 27], [18, 27]]);
    expect(s.explored!.weight).toBe(s.config.weight);
    expect(rows(s.exploration!.output.data, 4)).toEqual([
      [18, 45, 45, 27],
      [36, 90, 90, 54],
      [36, 90, 90, 54],
      [18, 45, 45, 27],
    ]);
  });

  test("the reverse computes the conv on the way when its output is not known yet", async () => {
    const store = createAppStore();
    store.getState().setMode("transposed");
    await store.getState().compute();
    expect(store.getState().exploration?.output.shape).toEqual([1, 4, 4]);
  });

  test("switching back to the convolution shows the original x again", async () => {
    const store = await computed();
    store.getState().setMode("transposed");
    await store.getState().compute();
    store.getState().setMode("conv");
    await store.getState().compute();
    const s = store.getState();
    expect(s.exploration?.mode).toBe("conv");
    expect(s.explored?.input).toBe(s.config.x);
  });

  test("a refused configuration sets the error and keeps the last good result", async () => {
    const store = await computed();
    const before = store.getState().exploration;
    store.getState().updateConfig({ stride: [0, 1] });
    await store.getState().compute();
    const s = store.getState();
    expect(s.error).toMatch(/stride \(height\) must be ≥ 1 \(got 0\)/);
    expect(s.exploration).toBe(before);
    expect(s.loading).toBe(false);
  });

  test("a trace over the budget is refused with the limit named", async () => {
    const store = await computed();
    store.getState().updateConfig({ x: { shape: [1, 1500, 1500], data: new Float64Array(1500 * 1500) } });
    await store.getState().compute();
    expect(store.getState().error).toMatch(/over the limit of 2,000,000/);
  });

  test("a worker crash becomes the error message; the next compute succeeds", async () => {
    let calls = 0;
    const real = createComputeClient();
    const flaky: ComputeClient = {
      explore: (p, signal) => (++calls === 1 ? Promise.reject(new Error("The compute worker stopped unexpectedly")) : real.explore(p, signal)),
      stats: real.stats,
      dispose: real.dispose,
    };
    const store = createAppStore({ client: flaky });
    await store.getState().compute();
    expect(store.getState().error).toMatch(/stopped unexpectedly/);
    await store.getState().compute();
    expect(store.getState().error).toBeNull();
    expect(store.getState().exploration).not.toBeNull();
  });

  test("a newer compute wins over an older one still running", async () => {
    const store = createAppStore();
    const first = store.getState().compute();
    store.getState().setMode("transposed");
    await Promise.all([first, store.getState().compute()]);
    expect(store.getState().exploration?.mode).toBe("transposed");
    expect(store.getState().error).toBeNull();
  });

  test("resetToSeed goes back to the seed in conv mode", async () => {
    const store = await computed();
    store.getState().updateConfig({ stride: [2, 2] });
    store.getState().resetToSeed();
    await store.getState().compute();
    expect(store.getState().config.stride).toEqual([1, 1]);
    expect(rows(store.getState().exploration!.output.data, 2)).toEqual([[18, 27], [18, 27]]);
  });
});

describe("playback", () => {
  test("steps are clamped to −1 … steps−1", async () => {
    const store = await computed();
    const s = () => store.getState();
    expect(stepsOf(s().exploration)).toBe(4);
    s().setStep(99);
    expect(s().step).toBe(3);
    s().setStep(-5);
    expect(s().step).toBe(-1);
    s().setStep(Number.NaN);
    expect(s().step).toBe(-1);
    s().stepBack();
    expect(s().step).toBe(-1);
    s().toEnd();
    s().stepForward();
    expect(s().step).toBe(3);
    s().stepBack();
    expect(s().step).toBe(2);
    s().resetPlayback();
    expect(s().step).toBe(-1);
  });

  test("without an exploration there are no steps to take", () => {
    const store = createAppStore();
    store.getState().stepForward();
    store.getState().play();
    expect(store.getState().step).toBe(-1);
    expect(store.getState().playing).toBe(false);
  });

  test("play takes the first step at once; ticks stop at the end; play from the end starts over", async () => {
    const store = await computed();
    const s = () => store.getState();
    s().play();
    expect(s()).toMatchObject({ step: 0, playing: true });
    s().tick();
    s().tick();
    expect(s()).toMatchObject({ step: 2, playing: true });
    s().tick();
    expect(s()).toMatchObject({ step: 3, playing: false });
    s().play();
    expect(s()).toMatchObject({ step: 0, playing: true });
    s().togglePlay();
    expect(s().playing).toBe(false);
  });

  test("a user's step pauses playback", async () => {
    const store = await computed();
    store.getState().play();
    store.getState().stepForward();
    expect(store.getState()).toMatchObject({ step: 1, playing: false });
  });

  test("a new exploration (mode switch) starts again before the first step", async () => {
    const store = await computed();
    store.getState().toEnd();
    store.getState().setMode("transposed");
    await store.getState().compute();
    expect(store.getState().step).toBe(-1);
  });

  test("speed is clamped to a sensible range and ignores nonsense", () => {
    const s = createAppStore().getState;
    s().setSpeed(2);
    expect(s().speed).toBe(2);
    s().setSpeed(1000);
    expect(s().speed).toBe(16);
    s().setSpeed(0);
    s().setSpeed(Number.NaN);
    expect(s().speed).toBe(16);
  });
});

describe("ui", () => {
  test("the language defaults to English and can switch to Chinese", () => {
    const store = createAppStore();
    expect(store.getState().lang).toBe("en");
    store.getState().setLang("zh-CN");
    expect(store.getState().lang).toBe("zh-CN");
    expect(createAppStore({ initial: { lang: "zh-CN" } }).getState().lang).toBe("zh-CN");
  });
});

describe("the reverse's parameters", () => {
  test("output_padding picks the conv input size back when several collapse to one (k=3, s=2, p=1: 5 and 6 → 3)", () => {
    expect(restoringOutputPadding(5, 3, 3, 2, 1, 1)).toBe(0);
    expect(restoringOutputPadding(6, 3, 3, 2, 1, 1)).toBe(1);
    expect(restoringOutputPadding(4, 2, 3, 1, 0, 1)).toBe(0);
  });

  test("the reverse of a strided conv has the conv input's shape", () => {
    for (const size of [5, 6]) {
      const config = { ...seedConfig(), x: { shape: [1, size, size], data: new Float64Array(size * size).fill(1) }, stride: [2, 2] as [number, number], padding: [1, 1] as [number, number] };
      const y = explore(convParams(config)).output;
      const back = explore(reverseParams(config, y));
      expect(back.output.shape).toEqual([1, size, size]);
    }
  });
});

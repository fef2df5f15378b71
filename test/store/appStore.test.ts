import { describe, expect, test } from "vitest";
import { renderProblem } from "../../src/i18n/problems";
import { createAppStore, selectSteps } from "../../src/store";
import { effectiveGranularity, stepsOf } from "../../src/model/steps";
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
    expect(s.params.mode).toBe("conv");
    expect(rows(s.params.input, 4)).toEqual([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]);
    expect(Array.from(s.params.weight)).toEqual(new Array(9).fill(1));
    expect(s.params.stride).toEqual([1, 1]);
    expect(s.params.padding).toEqual([0, 0]);
    expect(s.exploration).toBeNull();
    expect(s.step).toBe(-1);
  });

  test("compute gives the seed's [[18, 27], [18, 27]] in the worker client's fallback", async () => {
    const s = (await computed()).getState();
    expect(s.exploration?.mode).toBe("conv");
    expect(rows(s.exploration!.output.data, 2)).toEqual([[18, 27], [18, 27]]);
    expect(s.exploredFrom).toBe(s.params);
    expect(s.loading).toBe(false);
    expect(s.error).toBeNull();
    expect(s.backend).toBe("main-thread");
  });

  test("switching to the reverse uses the conv's output as input, with the same kernel", async () => {
    const store = await computed();
    await store.getState().setMode("transposed");
    await store.getState().compute();
    const s = store.getState();
    expect(s.params.mode).toBe("transposed");
    expect(s.explored?.mode).toBe("transposed");
    expect(rows(s.explored!.input.data, 2)).toEqual([[18, 27], [18, 27]]);
    expect(s.params.weight).toBe(s.reversedFrom!.weight);
    expect(rows(s.exploration!.output.data, 4)).toEqual([
      [18, 45, 45, 27],
      [36, 90, 90, 54],
      [36, 90, 90, 54],
      [18, 45, 45, 27],
    ]);
  });

  test("the reverse computes the conv on the way when its output is not known yet", async () => {
    const store = createAppStore();
    await store.getState().setMode("transposed");
    await store.getState().compute();
    expect(store.getState().exploration?.output.shape).toEqual([1, 4, 4]);
  });

  test("switching back to the convolution restores the original x, not conv(x′)", async () => {
    const store = await computed();
    const seed = store.getState().params;
    await store.getState().setMode("transposed");
    await store.getState().setMode("conv");
    await store.getState().compute();
    const s = store.getState();
    expect(s.params).toBe(seed);
    expect(rows(s.exploration!.output.data, 2)).toEqual([[18, 27], [18, 27]]);
  });

  test("after an edit, reversing runs the edited parameters the other way", async () => {
    const store = await computed();
    await store.getState().setMode("transposed");
    store.getState().setValue("input", 0, 0);
    expect(store.getState().reversedFrom).toBeNull();
    await store.getState().setMode("conv");
    await store.getState().compute();
    const s = store.getState();
    expect([s.params.inH, s.params.inW]).toEqual([4, 4]);
    expect(s.params.input[1]).toBe(27);
  });

  test("a refused change keeps the last valid parameters and says why", async () => {
    const store = await computed();
    const before = store.getState().params;
    expect(renderProblem(store.getState().setParams({ stride: [0, 1] })!, "en")).toBe("stride (height) must be between 1 and 8 (got 0)");
    expect(store.getState().params).toBe(before);
    expect(renderProblem(store.getState().paramsProblem!, "en")).toBe("stride (height) must be between 1 and 8 (got 0)");
    expect(store.getState().paramsProblem).toEqual({ code: "param.range", values: { field: "stride.height", min: 1, max: 8, got: 0 } });
    expect(store.getState().setParams({ stride: [2, 2] })).toBeNull();
    expect(store.getState().paramsProblem).toBeNull();
    expect(store.getState().params.stride).toEqual([2, 2]);
  });

  test("a size change resizes the grids and keeps the values that still have a place", () => {
    const store = createAppStore();
    store.getState().setParams({ inH: 5, kW: 2 });
    const p = store.getState().params;
    expect(rows(p.input, 4)).toEqual([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [0, 0, 0, 0]]);
    expect(Array.from(p.weight)).toEqual(new Array(6).fill(1));
  });

  test("setValue edits one cell, and refuses a cell that does not exist", async () => {
    const store = await computed();
    expect(store.getState().setValue("kernel", 4, 2)).toBeNull();
    await store.getState().compute();
    expect(rows(store.getState().exploration!.output.data, 2)).toEqual([[20, 30], [20, 30]]);
    expect(renderProblem(store.getState().setValue("input", 16, 1)!, "en")).toBe("no input cell 16");
    expect(store.getState().paramsProblem).toEqual({ code: "cell.missing", values: { field: "input", index: 16 } });
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
    const second = store.getState().setMode("transposed");
    await Promise.all([first, second]);
    await store.getState().compute();
    expect(store.getState().exploration?.mode).toBe("transposed");
    expect(store.getState().error).toBeNull();
  });

  test("resetToSeed goes back to the seed in conv mode", async () => {
    const store = await computed();
    store.getState().setParams({ stride: [2, 2] });
    store.getState().resetToSeed();
    await store.getState().compute();
    expect(store.getState().params.stride).toEqual([1, 1]);
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
    await store.getState().setMode("transposed");
    await store.getState().compute();
    expect(store.getState().step).toBe(-1);
  });

  test("speed is clamped to a sensible range and ignores nonsense", () => {
    const s = createAppStore().getState;
    s().setSpeed(2);
    expect(s().speed).toBe(2);
    s().setSpeed(1000);
    expect(s().speed).toBe(64);
    s().setSpeed(0);
    s().setSpeed(Number.NaN);
    expect(s().speed).toBe(64);
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

describe("granularity and views", () => {
  test("a step is an input cell (scatter), an output cell (gather) or one multiply-add", async () => {
    const store = await computed();
    await store.getState().setMode("transposed");
    await store.getState().compute();
    const s = () => store.getState();
    expect(selectSteps(s())).toBe(4);
    s().setGranularity("gather");
    expect(selectSteps(s())).toBe(16);
    s().setGranularity("mac");
    expect(selectSteps(s())).toBe(36);
    expect(effectiveGranularity(s().exploration, "scatter")).toBe("scatter");
    expect(stepsOf(s().exploration, "gather")).toBe(16);
  });

  test("conv mode gathers, and single multiply-adds are offered only for small examples", async () => {
    const store = await computed();
    expect(effectiveGranularity(store.getState().exploration, "scatter")).toBe("gather");
    store.getState().setParams({ inH: 32, inW: 32, kH: 7, kW: 7 });
    await store.getState().compute();
    expect(effectiveGranularity(store.getState().exploration, "mac")).toBe("gather");
    expect(selectSteps({ exploration: store.getState().exploration, granularity: "mac" })).toBe(26 * 26);
  });

  test("looping starts over at the end instead of stopping", async () => {
    const store = await computed();
    store.getState().setLoop(true);
    store.getState().toEnd();
    store.getState().play();
    expect(store.getState().step).toBe(0);
    store.getState().setStep(3);
    store.getState().tick();
    expect(store.getState().step).toBe(0);
  });

  test("views can be hidden but never all of them", () => {
    const store = createAppStore();
    store.getState().toggleView("zero");
    store.getState().toggleView("matrix");
    expect(store.getState().views).toEqual(["scatter"]);
    store.getState().toggleView("scatter");
    expect(store.getState().views).toEqual(["scatter"]);
    store.getState().toggleView("zero");
    expect(store.getState().views).toEqual(["scatter", "zero"]);
  });

  test("an edit keeps the current step when it still exists", async () => {
    const store = await computed();
    store.getState().setStep(2);
    store.getState().setValue("input", 0, 5);
    await store.getState().compute();
    expect(store.getState().step).toBe(2);
  });
});

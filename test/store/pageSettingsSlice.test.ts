import { describe, expect, test } from "vitest";
import { createAppStore } from "../../src/store";
import { DEFAULT_TRAIN_SETTINGS, DEFAULT_UPSAMPLE_SETTINGS, defaultPageSettings } from "../../src/model/pageSettings";
import { patchPageSettings } from "../../src/store/pageSettingsSlice";

describe("page settings in the store", () => {
  test("a patch is made what a link would carry: clamped, snapped, rounded", () => {
    const learn = patchPageSettings("learn", DEFAULT_TRAIN_SETTINGS, { kernelSize: 99, learningRate: 0.04, seed: 7.4, steps: 1500 });
    expect(learn).toEqual({ ...DEFAULT_TRAIN_SETTINGS, kernelSize: 8, learningRate: 0.05, seed: 7, steps: 2000 });
    const lab = patchPageSettings("upsample", DEFAULT_UPSAMPLE_SETTINGS, { lensX: 0.123456, lensY: -1, typed: { k: 2, values: [1, 2, 3, 4] } });
    expect(lab).toMatchObject({ lensX: 0.123, lensY: 0, typed: { k: 2, values: [1, 2, 3, 4] } });
  });

  test("a patch that changes nothing keeps the same object (a training run does not restart)", () => {
    const learn = defaultPageSettings().learn;
    expect(patchPageSettings("learn", learn, { seed: 1, kernelSize: 4 })).toBe(learn);
    expect(patchPageSettings("learn", learn, { learningRate: 0.0501 })).toBe(learn);
    expect(patchPageSettings("learn", learn, { seed: 2 })).not.toBe(learn);
  });

  test("a fresh store holds every page's defaults", () => {
    expect(createAppStore().getState().pageSettings).toEqual(defaultPageSettings());
  });

  test("setPageSettings changes one page, normalized, and leaves the other pages' objects alone", () => {
    const store = createAppStore();
    const before = store.getState().pageSettings;
    store.getState().setPageSettings("checkerboard", { kernelSize: 12, layers: 2 });
    const after = store.getState().pageSettings;
    expect(after.checkerboard).toMatchObject({ kernelSize: 7, layers: 2 });
    expect(after.learn).toBe(before.learn);
    expect(after.upsample).toBe(before.upsample);
  });

  test("a patch that changes nothing does not notify subscribers", () => {
    const store = createAppStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.getState().setPageSettings("learn", { seed: 1, image: "camera" });
    expect(calls).toBe(0);
    stop();
  });
});

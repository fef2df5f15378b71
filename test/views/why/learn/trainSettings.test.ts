import { describe, expect, test } from "vitest";
import { DEFAULT_TRAIN_SETTINGS, type TrainSettings } from "../../../../src/model/pageSettings";
import { patchPageSettings } from "../../../../src/store/pageSettingsSlice";

/** Raw settings (a form, a stale state) read as a link's fields are. */
const normalize = (raw: Partial<Record<keyof TrainSettings, unknown>>) => patchPageSettings("learn", DEFAULT_TRAIN_SETTINGS, raw as Partial<TrainSettings>);

describe("the training settings", () => {
  test("the defaults are k = 4, s = 2, Adam at 0.05, seed 1, 2000 steps on the cameraman photo", () => {
    expect(normalize({})).toEqual(DEFAULT_TRAIN_SETTINGS);
    expect(DEFAULT_TRAIN_SETTINGS).toMatchObject({ kernelSize: 4, stride: 2, optimizer: "adam", learningRate: 0.05, seed: 1, steps: 2000, image: "camera" });
  });

  test("raw values are clamped, snapped or replaced, never thrown on", () => {
    expect(
      normalize({ kernelSize: 99, stride: 0, seed: -5, learningRate: 0.04, steps: 1e9, optimizer: "rmsprop", image: "x", init: 3 }),
    ).toEqual({ ...DEFAULT_TRAIN_SETTINGS, kernelSize: 8, stride: 1, seed: 0, learningRate: 0.05, steps: 5000 });
    expect(normalize({ kernelSize: "3", seed: "4294967296", learningRate: "abc" })).toMatchObject({
      kernelSize: 3,
      seed: 4294967295,
      learningRate: 0.05,
    });
  });
});

import { describe, expect, test } from "vitest";
import { coverageLayers, MAX_COVERAGE_SIDE, runCoverage } from "../../../src/worker/image/runCoverage";

const job = (patch: Partial<Parameters<typeof runCoverage>[0]> = {}) => ({ kernelSize: 3, stride: 2, layers: 1, smooth: 0, size1d: 4, size2d: 4, ...patch });

describe("runCoverage: how many contributions each output cell receives", () => {
  test("the layers are `layers` copies of (k, s), and a smoothing layer (smooth, 1) only when asked", () => {
    expect(coverageLayers(job({ layers: 2 }))).toEqual([
      { kernel: 3, stride: 2 },
      { kernel: 3, stride: 2 },
    ]);
    expect(coverageLayers(job({ smooth: 5 }))).toEqual([
      { kernel: 3, stride: 2 },
      { kernel: 5, stride: 1 },
    ]);
  });

  test("k = 3, s = 2 on 4 cells in 1D: o = (4−1)·2 + 3 = 9 cells counting 1,1,2,1,2,1,2,1,1", () => {
    const out = runCoverage(job());
    expect(out.stages1d).toHaveLength(1);
    expect(Array.from(out.stages1d[0].counts)).toEqual([1, 1, 2, 1, 2, 1, 2, 1, 1]);
  });

  test("k = 3, s = 2 in 2D: the interior holds 1, 2 and 4 contributions (the checkerboard)", () => {
    const out = runCoverage(job());
    expect(out.stages2d[0].shape).toEqual([9, 9]);
    expect(out.stages2d[0].stats?.values).toEqual([1, 2, 4]);
  });

  test("k = 4, s = 2: k divisible by s covers the interior evenly, 2 in 1D and 4 in 2D", () => {
    const out = runCoverage(job({ kernelSize: 4, size1d: 6, size2d: 6 }));
    expect(out.stages1d[0].stats?.values).toEqual([2]);
    expect(out.stages2d[0].stats?.values).toEqual([4]);
  });

  test("one stage per layer, the map growing as o = (i−1)·s + k each time", () => {
    const out = runCoverage(job({ layers: 2, size2d: 3 }));
    expect(out.stages2d.map((m) => m.shape)).toEqual([
      [7, 7],
      [15, 15],
    ]);
  });

  test("a setting outside its range, or a map wider than the limit, is refused", () => {
    expect(MAX_COVERAGE_SIDE).toBe(1024);
    for (const bad of [{ kernelSize: 0 }, { stride: 9 }, { layers: 4 }, { smooth: -1 }, { size1d: 65 }, { size2d: 1.5 }]) {
      expect(() => runCoverage(job(bad)), JSON.stringify(bad)).toThrow(RangeError);
    }
    // 64 cells, then (64−1)·8 + 7 = 511, then (511−1)·8 + 7 = 4087 > 1024
    expect(() => runCoverage(job({ kernelSize: 7, stride: 8, layers: 2, size1d: 64 }))).toThrow(RangeError);
  });
});

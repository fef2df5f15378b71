import { describe, expect, test } from "vitest";
import { explore, TRACE_ENTRY_LIMIT, type ExploreParams } from "../../src/core";
import { SEED_CONV, SEED_REVERSE } from "../fixtures/seed";


describe("explore builds everything a view draws for one configuration", () => {
  test("conv mode: the output, the window trace and C (4×16)", () => {
    const e = explore(SEED_CONV);
    expect(Array.from(e.output.data)).toEqual([18, 27, 18, 27]);
    expect(e.output.shape).toEqual([1, 2, 2]);
    expect(e.window?.steps).toBe(4);
    expect([e.scatter, e.zeroInsertion]).toEqual([null, null]);
    expect([e.matrix.rows, e.matrix.cols]).toEqual([4, 16]);
  });

  test("transposed mode: the output, the scatter and zero-insertion traces and Cᵀ (16×4)", () => {
    const e = explore(SEED_REVERSE);
    expect(Array.from(e.output.data)).toEqual([18, 45, 45, 27, 36, 90, 90, 54, 36, 90, 90, 54, 18, 45, 45, 27]);
    expect(e.scatter?.steps).toBe(4);
    expect(Array.from(e.zeroInsertion!.window.output)).toEqual(Array.from(e.output.data));
    expect([e.matrix.rows, e.matrix.cols]).toEqual([16, 4]);
    expect(e.window).toBeNull();
  });

  test("the matrix route is computed, not copied: C·x + b and Cᵀ·y + b equal the direct results", () => {
    const conv = explore({ ...SEED_CONV, bias: Float64Array.of(0.5) });
    expect(Array.from(conv.matrixOutput)).toEqual([18.5, 27.5, 18.5, 27.5]);
    expect(conv.matrixOutput).not.toBe(conv.output.data);
    const t = explore(SEED_REVERSE);
    expect(Array.from(t.matrixOutput)).toEqual(Array.from(t.output.data));
  });

  test("invalid parameters throw the core's rule", () => {
    expect(() => explore({ ...SEED_CONV, stride: [0, 1] })).toThrow("stride (height) must be ≥ 1 (got 0)");
    expect(() => explore({ ...SEED_CONV, input: { shape: [1, 1, 4, 4], data: new Float64Array(16) } })).toThrow(
      "input must be unbatched [C, H, W] (got 4 dimensions)",
    );
  });

  test("a configuration over the trace budget gets a message naming the limit instead of a hung tab", () => {
    const big: ExploreParams = {
      ...SEED_CONV,
      mode: "transposed",
      input: { shape: [4, 64, 64], data: new Float64Array(4 * 64 * 64) },
      weight: { shape: [4, 4, 7, 7], data: new Float64Array(4 * 4 * 49) },
      stride: [4, 4],
    };
    expect(() => explore(big)).toThrow(/trace would hold [\d,]+ entries, over the limit of 2,000,000/);
    expect(TRACE_ENTRY_LIMIT).toBe(2_000_000);
  });

  test("the explorer's largest single-channel case, 32×32 with a 7×7 kernel at stride 4, fits the budget", () => {
    const e = explore({
      ...SEED_CONV,
      mode: "transposed",
      input: { shape: [1, 32, 32], data: new Float64Array(1024).fill(1) },
      weight: { shape: [1, 1, 7, 7], data: new Float64Array(49).fill(1) },
      stride: [4, 4],
    });
    expect(e.output.shape).toEqual([1, 131, 131]);
  });
});

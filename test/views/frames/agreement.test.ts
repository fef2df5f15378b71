import { describe, expect, test } from "vitest";
import { explore } from "../../../src/core";
import { agrees, maxAbsDiff, routesOf } from "../../../src/views/frames/agreement";
import { seedConv, seedReverse } from "../../worker/helpers";

describe("the agreement check compares computed routes", () => {
  test("the seed's conv: the sliding window and C·vec(x) both give conv2d's 18 27 18 27", () => {
    const e = explore(seedConv());
    expect(routesOf(e)).toEqual([
      { route: "window", maxDiff: 0 },
      { route: "matrix", maxDiff: 0 },
    ]);
  });

  test("the reverse: scatter-add, zero-insertion and Cᵀ·vec(y) all give conv_transpose2d", () => {
    const e = explore(seedReverse());
    expect(routesOf(e).map((r) => r.route)).toEqual(["scatter", "zeroInsertion", "matrix"]);
    expect(routesOf(e).every((r) => r.maxDiff === 0)).toBe(true);
  });

  test("a route that differs is reported, not hidden", () => {
    const e = explore(seedReverse());
    const broken = { ...e, matrixOutput: e.matrixOutput.map((v, i) => (i === 5 ? v + 1 : v)) };
    expect(routesOf(broken).find((r) => r.route === "matrix")!.maxDiff).toBe(1);
    expect(agrees(1, broken)).toBe(false);
    expect(agrees(1e-13, broken)).toBe(true);
  });

  test("different lengths, or NaN on one side only, never agree", () => {
    expect(maxAbsDiff([1, 2], [1])).toBe(Infinity);
    expect(maxAbsDiff([1, Number.NaN], [1, 2])).toBe(Infinity);
    expect(maxAbsDiff([1, Number.NaN], [1, Number.NaN])).toBe(0);
  });
});

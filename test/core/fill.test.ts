import { describe, expect, test } from "vitest";
import { fill, mulberry32 } from "../../src/core";

describe("fill presets", () => {
  test("random fills are reproducible from their seed and differ between seeds", () => {
    expect(fill("randomIntegers", 4, 4, { seed: 7 })).toEqual(fill("randomIntegers", 4, 4, { seed: 7 }));
    expect(fill("randomIntegers", 4, 4, { seed: 7 })).not.toEqual(fill("randomIntegers", 4, 4, { seed: 8 }));
    const ints = fill("randomIntegers", 8, 8, { seed: 3 });
    expect(ints.every((v) => Number.isInteger(v) && v >= -4 && v <= 4)).toBe(true);
    const decimals = fill("randomDecimals", 8, 8, { seed: 3 });
    expect(decimals.every((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9 && Math.abs(v) <= 2 && !Object.is(v, -0))).toBe(true);
  });

  test("mulberry32 is deterministic and uniform-looking", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  test("ones, identity and delta", () => {
    expect(fill("ones", 2, 3)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(fill("identity", 3, 3)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(fill("delta", 3, 3)).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0]);
  });

  test("the bilinear kernel for stride 2 is FCN's: k=4 gives the outer product of [¼, ¾, ¾, ¼], k=3 of [½, 1, ½]", () => {
    const q = [0.25, 0.75, 0.75, 0.25];
    expect(fill("bilinear", 4, 4, { stride: 2 })).toEqual(q.flatMap((a) => q.map((b) => a * b)));
    const h = [0.5, 1, 0.5];
    expect(fill("bilinear", 3, 3, { stride: 2 })).toEqual(h.flatMap((a) => h.map((b) => a * b)));
  });

  test("the edge kernel is a horizontal gradient", () => {
    expect(fill("edge", 3, 3)).toEqual([-1, 0, 1, -1, 0, 1, -1, 0, 1]);
  });
});

import { describe, expect, test } from "vitest";
import { explore, geometryOf } from "../../src/core";
import { sidesOf, symbolsOf } from "../../src/model/sides";
import { seedConv, seedReverse } from "../worker/helpers";

describe("the two sides of a direction", () => {
  test("the symbols follow the direction: C·vec(x) = vec(y), Cᵀ·vec(y) = vec(x′)", () => {
    expect(symbolsOf("conv")).toEqual({ input: "x", output: "y", kernel: "w", matrix: "C", operator: "∗" });
    expect(symbolsOf("transposed")).toEqual({ input: "y", output: "x′", kernel: "w", matrix: "Cᵀ", operator: "∗ᵀ" });
  });

  test("conv2d reads the tutorial's 4×4 x and writes the 2×2 y", () => {
    const s = sidesOf("conv", geometryOf(seedConv()));
    expect(s.input).toEqual([1, 4, 4]);
    expect(s.output).toEqual([1, 2, 2]);
    expect(s.symbols.input).toBe("x");
  });

  test("its reverse reads the 2×2 y and writes the 4×4 x′: the same geometry, the sides swapped", () => {
    const s = sidesOf("transposed", geometryOf(seedReverse()));
    expect(s.input).toEqual([1, 2, 2]);
    expect(s.output).toEqual([1, 4, 4]);
    expect(s.symbols.output).toBe("x′");
  });

  test("the sides are the shapes the core computes: the input's shape and the output's", () => {
    for (const p of [seedConv(), seedReverse(), { ...seedReverse(), stride: [2, 2] as [number, number], outputPadding: [1, 0] as [number, number] }]) {
      const e = explore(p);
      const s = sidesOf(p.mode, e.geometry);
      expect(s.input).toEqual(p.input.shape);
      expect(s.output).toEqual(e.output.shape);
    }
  });

  test("channels travel with their side: 2 conv input channels and 3 outputs", () => {
    const g = { ...geometryOf(seedConv()), xC: 2, yC: 3 };
    expect(sidesOf("conv", g).input[0]).toBe(2);
    expect(sidesOf("transposed", g).input[0]).toBe(3);
    expect(sidesOf("transposed", g).output[0]).toBe(2);
  });
});

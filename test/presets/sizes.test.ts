import { describe, expect, test } from "vitest";
import { explore } from "../../src/core";
import { seedParams, toExploreParams } from "../../src/params/explorerParams";
import { presetById } from "../../src/presets/presets";
import { sizesOfGeometry, sizesOfParams, sizesText } from "../../src/presets/sizes";

describe("sizesText", () => {
  test("the seed reads 4×4 → 2×2, k=3, s=1", () => {
    expect(sizesText(sizesOfParams(seedParams()))).toBe("4×4 → 2×2, k=3, s=1");
  });

  test("padding, dilation, output_padding and groups appear only when they are not the default", () => {
    expect(sizesText(sizesOfParams(presetById("strided").state.params))).toBe("2×2 → 5×5, k=3, s=2");
    expect(sizesText(sizesOfParams(presetById("odd").state.params))).toBe("3×3 → 6×6, k=3, s=2, p=1, op=1");
    expect(sizesText(sizesOfParams(presetById("dilated").state.params))).toBe("3×3 → 7×7, k=3, s=1, d=2");
    expect(sizesText(sizesOfParams(presetById("grouped").state.params))).toBe("4×3×3 → 2×4×4, k=2, s=1, groups=2");
  });

  test("unequal pairs are written as PyTorch writes them", () => {
    const p = { ...seedParams(), stride: [2, 1] as [number, number], kW: 2, weight: new Float64Array(6).fill(1) };
    expect(sizesText(sizesOfParams(p))).toBe("4×4 → 1×3, k=3×2, s=(2, 1)");
  });

  test("the sizes of a computed geometry equal those of its parameters", () => {
    for (const id of ["seed", "seedReverse", "odd", "grouped"] as const) {
      const p = presetById(id).state.params;
      expect(sizesOfGeometry(p.mode, explore(toExploreParams(p)).geometry), id).toEqual(sizesOfParams(p));
    }
  });
});

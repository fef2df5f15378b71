import { describe, expect, test } from "vitest";
import { fileNameOf } from "../../src/export/fileName";
import { presetById } from "../../src/presets/presets";
import { sizesOfParams } from "../../src/presets/sizes";

const sizes = (id: Parameters<typeof presetById>[0]) => sizesOfParams(presetById(id).state.params);

describe("file names spell the configuration", () => {
  test("the seed's reverse at its 4th step", () => {
    expect(fileNameOf(sizes("seedReverse"), { step: 4 }, "svg")).toBe("transposed-2x2-k3-s1-step4.svg");
  });

  test("the whole trace and the animation", () => {
    expect(fileNameOf(sizes("seed"), "trace", "json")).toBe("conv-4x4-k3-s1-trace.json");
    expect(fileNameOf(sizes("seed"), "animation", "gif")).toBe("conv-4x4-k3-s1.gif");
  });

  test("padding, dilation, output_padding and groups only when set; channels when there are several", () => {
    expect(fileNameOf(sizes("odd"), { step: 0 }, "png")).toBe("transposed-3x3-k3-s2-p1-op1-step0.png");
    expect(fileNameOf(sizes("dilated"), "animation", "gif")).toBe("transposed-3x3-k3-s1-d2.gif");
    expect(fileNameOf(sizes("grouped"), "trace", "json")).toBe("transposed-4x3x3-k2-s1-g2-trace.json");
  });

  test("unequal pairs and ASCII only", () => {
    const s = { ...sizes("seed"), kernel: [3, 2] as [number, number], stride: [2, 1] as [number, number] };
    const name = fileNameOf(s, { step: 2 }, "svg");
    expect(name).toBe("conv-4x4-k3x2-s2x1-step2.svg");
    expect(name).toMatch(/^[\x20-\x7e]+$/);
  });
});

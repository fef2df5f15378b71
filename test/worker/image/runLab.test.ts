import { describe, expect, test } from "vitest";
import { avgPool2d, resizeConvolution } from "../../../src/core";
import { toPicture, toPlanes } from "../../../src/worker/image/planes";
import { resolveKernel } from "../../../src/worker/image/resolveKernel";
import { cropTo, MAX_SCALE, runLab } from "../../../src/worker/image/runLab";
import { testPicture } from "./helpers";

describe("cropTo: what avg_pool2d's floor mode keeps", () => {
  // Two channels of 3×5: value = 100·c + 10·row + col, so every kept cell can be named.
  const t = { shape: [2, 3, 5], data: Float64Array.from({ length: 30 }, (_, i) => 100 * Math.floor(i / 15) + 10 * Math.floor((i % 15) / 5) + (i % 5)) };

  test("a 3×5 map at s = 2 keeps its top-left 2×4 in every channel", () => {
    const c = cropTo(t, 2);
    expect(c.shape).toEqual([2, 2, 4]);
    expect(Array.from(c.data)).toEqual([0, 1, 2, 3, 10, 11, 12, 13, 100, 101, 102, 103, 110, 111, 112, 113]);
  });

  test("a map whose sides are already multiples of s is returned as it is", () => {
    expect(cropTo(t, 1)).toBe(t);
  });

  test("a side shorter than s is refused", () => {
    expect(() => cropTo(t, 4)).toThrow(RangeError);
  });
});

describe("runLab: five ×s upsamplers of one pooled picture", () => {
  const picture = testPicture(26, 18);

  test("the panels come in a fixed order, each the reference's size: 26×18 at ×4 is cropped to 24×16", () => {
    const lab = runLab({ source: { kind: "pixels", picture }, color: "rgb", scale: 4, kernel: { kind: "bilinear", size: 8 } });
    expect(lab.panels.map((p) => p.method)).toEqual(["nearest", "bilinear", "bicubic", "transposed", "resize"]);
    expect([lab.reference.width, lab.reference.height]).toEqual([24, 16]);
    expect([lab.input.width, lab.input.height]).toEqual([6, 4]);
    for (const p of lab.panels) expect([p.picture.width, p.picture.height], p.method).toEqual([24, 16]);
    expect(lab.kernelSize).toBe(8);
  });

  test("the resize panel is core resizeConvolution with the kernel divided by s²", () => {
    const lab = runLab({ source: { kind: "pixels", picture }, color: "gray", scale: 2, kernel: { kind: "random", size: 3, seed: 11 } });
    const kernel = resolveKernel({ kind: "random", size: 3, seed: 11 }, 2);
    const input = avgPool2d(cropTo(toPlanes(picture, "gray"), 2), 2);
    const expected = resizeConvolution(input, { kernel: kernel.map((w) => w / 4), kernelSize: 3, stride: 2 });
    expect(lab.panels.find((p) => p.method === "resize")?.picture).toEqual(toPicture(expected));
  });

  test("a flat picture comes back exactly from nearest and bilinear, with a zero error", () => {
    const lab = runLab({ source: { kind: "pattern", pattern: "flat", width: 16, height: 16 }, color: "gray", scale: 2, kernel: { kind: "bilinear", size: 4 } });
    for (const method of ["nearest", "bilinear"] as const) {
      const panel = lab.panels.find((p) => p.method === method)!;
      expect(panel.mse, method).toBe(0);
      expect(new Set(panel.picture.rgba.filter((_, i) => i % 4 === 0)), method).toEqual(new Set([lab.reference.rgba[0]]));
    }
  });

  test("scales outside 2..8, or not whole, are refused", () => {
    const job = (scale: number) => ({ source: { kind: "pixels" as const, picture }, color: "gray" as const, scale, kernel: { kind: "bilinear" as const, size: 4 } });
    expect(MAX_SCALE).toBe(8);
    for (const scale of [1, 9, 2.5]) expect(() => runLab(job(scale)), `×${scale}`).toThrow(RangeError);
  });
});

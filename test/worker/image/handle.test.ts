import { describe, expect, test } from "vitest";
import {
  avgPool2d,
  checkerboardRule,
  convTransposeUpsample,
  coverageMap,
  coverageMap1d,
  fill,
  upsample,
} from "../../../src/core";
import { handleImage, imageTransferables } from "../../../src/worker/image/handle";
import { toPicture, toPlanes } from "../../../src/worker/image/planes";
import type { ImageResponse, LabResult } from "../../../src/worker/image/protocol";
import { resolveKernel } from "../../../src/worker/image/resolveKernel";
import { runArtifact } from "../../../src/worker/image/runArtifact";
import { coverageLayers, runCoverage } from "../../../src/worker/image/runCoverage";
import { cropTo, runLab } from "../../../src/worker/image/runLab";
import { testPicture } from "./helpers";

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

describe("image jobs", () => {
  test("every interpolated panel is core upsample of the s×s average pool, as bytes", () => {
    const picture = testPicture(26, 18); // cropped to 24×16 for ×4 and 26×18 for ×2
    for (const scale of [2, 4]) {
      for (const color of ["rgb", "gray"] as const) {
        const lab = runLab({ source: { kind: "pixels", picture }, color, scale, kernel: { kind: "bilinear", size: 2 * scale } });
        const ref = cropTo(toPlanes(picture, color), scale);
        const input = avgPool2d(ref, scale);
        expect(lab.reference).toEqual(toPicture(ref));
        expect(lab.input).toEqual(toPicture(input));
        for (const mode of ["nearest", "bilinear", "bicubic"] as const) {
          const panel = lab.panels.find((p) => p.method === mode);
          expect(panel?.picture, `${mode} ×${scale} ${color}`).toEqual(toPicture(upsample(input, { mode, scale })));
        }
      }
    }
  });

  test("the transposed panel is core convTransposeUpsample with the resolved kernel", () => {
    const picture = testPicture();
    const lab = runLab({ source: { kind: "pixels", picture }, color: "rgb", scale: 2, kernel: { kind: "random", size: 3, seed: 5 } });
    const input = avgPool2d(toPlanes(picture, "rgb"), 2);
    const kernel = resolveKernel({ kind: "random", size: 3, seed: 5 }, 2);
    expect(Array.from(lab.kernel)).toEqual(Array.from(kernel));
    const expected = convTransposeUpsample(input, { kernel, kernelSize: 3, stride: 2 });
    expect(lab.panels.find((p) => p.method === "transposed")?.picture).toEqual(toPicture(expected));
  });

  test("the bilinear-initialised transposed convolution equals bilinear interpolation away from the border", () => {
    for (const s of [2, 4]) {
      const lab = runLab({
        source: { kind: "pattern", pattern: "zonePlate", width: 64, height: 48 },
        color: "gray",
        scale: s,
        kernel: { kind: "bilinear", size: 2 * s },
      });
      const bilinear = lab.panels.find((p) => p.method === "bilinear")!.picture;
      const transposed = lab.panels.find((p) => p.method === "transposed")!.picture;
      const { width: W, height: H } = bilinear;
      let worst = 0;
      for (let y = s; y < H - s; y++) {
        for (let x = s; x < W - s; x++) worst = Math.max(worst, Math.abs(bilinear.rgba[4 * (y * W + x)] - transposed.rgba[4 * (y * W + x)]));
      }
      expect(worst, `×${s}`).toBeLessThanOrEqual(1); // bytes: float64 results that differ by rounding only
    }
  });

  test("a panel's error and PSNR compare it with the reference; nearest of a 2×2-block image is exact", () => {
    const blocks = new Uint8ClampedArray(4 * 8 * 8);
    for (let i = 0; i < 64; i++) {
      const v = ((i % 8 >> 1) + ((i >> 4) % 2)) * 40;
      blocks.set([v, v, v, 255], 4 * i);
    }
    const lab = runLab({ source: { kind: "pixels", picture: { width: 8, height: 8, rgba: blocks } }, color: "gray", scale: 2, kernel: { kind: "bilinear", size: 4 } });
    const nearest = lab.panels.find((p) => p.method === "nearest")!;
    expect(nearest.mse).toBe(0);
    expect(nearest.psnr).toBe(Infinity);
    expect(sum(nearest.error)).toBe(0);
    const bilinear = lab.panels.find((p) => p.method === "bilinear")!;
    expect(bilinear.mse).toBeGreaterThan(0);
    expect(bilinear.psnr).toBeCloseTo(10 * Math.log10((255 * 255) / bilinear.mse), 10);
  });

  test("bilinear, constant and random kernels sum to s² (brightness kept); typed values stay as typed", () => {
    expect(sum(resolveKernel({ kind: "bilinear", size: 4 }, 2))).toBeCloseTo(4, 12);
    expect(Array.from(resolveKernel({ kind: "bilinear", size: 4 }, 2))).toEqual(fill("bilinear", 4, 4, { stride: 2 }));
    expect(sum(resolveKernel({ kind: "constant", size: 3 }, 2))).toBeCloseTo(4, 12);
    expect(sum(resolveKernel({ kind: "random", size: 5, seed: 9 }, 4))).toBeCloseTo(16, 12);
    expect(Array.from(resolveKernel({ kind: "random", size: 3, seed: 9 }, 2))).toEqual(Array.from(resolveKernel({ kind: "random", size: 3, seed: 9 }, 2)));
    expect(Array.from(resolveKernel({ kind: "values", size: 2, values: [1, -2, 3, 0.5] }, 2))).toEqual([1, -2, 3, 0.5]);
    expect(() => resolveKernel({ kind: "values", size: 2, values: [1, 2, 3] }, 2)).toThrow("kernel must hold k·k = 4 values (got 3)");
    expect(() => resolveKernel({ kind: "bilinear", size: 0 }, 2)).toThrow(/kernel size must be a whole number from 1 to 16 \(got 0\)/);
  });

  test("the coverage job's maps are core coverageMap1d and coverageMap after each layer, and its rule is checkerboardRule", () => {
    const job = { kernelSize: 3, stride: 2, layers: 3, smooth: 3, size1d: 8, size2d: 4 };
    const out = runCoverage(job);
    const layers = coverageLayers(job);
    expect(layers).toEqual([
      { kernel: 3, stride: 2 },
      { kernel: 3, stride: 2 },
      { kernel: 3, stride: 2 },
      { kernel: 3, stride: 1 },
    ]);
    expect(out.rule).toEqual(checkerboardRule(3, 2));
    expect(out.stages1d).toHaveLength(4);
    out.stages1d.forEach((m, i) => expect(m).toEqual(coverageMap1d(layers.slice(0, i + 1), 8)));
    out.stages2d.forEach((m, i) => expect(m).toEqual(coverageMap(layers.slice(0, i + 1), 4, 4)));
    expect(out.stages2d[0].stats?.values).toEqual([1, 2, 4]);
    // the stride-1 layer damps the compounded pattern
    expect(out.stages2d[3].stats!.ratio).toBeLessThan(out.stages2d[2].stats!.ratio);
  });

  test("the coverage job refuses a map too large to draw, naming the rule", () => {
    const r = handleImage({ id: 3, type: "coverage", job: { kernelSize: 7, stride: 8, layers: 3, smooth: 0, size1d: 8, size2d: 4 } });
    expect(r).toMatchObject({ id: 3, ok: false, name: "RangeError" });
    expect((r as { message: string }).message).toMatch(/coverage map would be \d+ cells wide, over the limit of 1024/);
  });

  test("on a flat image, a constant k=3, s=2 transposed convolution paints a grid and resize-convolution stays flat", () => {
    const art = runArtifact({
      source: { kind: "pattern", pattern: "flat", width: 32, height: 32 },
      color: "gray",
      kernelSize: 3,
      stride: 2,
      layers: 1,
      smooth: 0,
      weights: { kind: "constant" },
    });
    const interior = (p: { width: number; rgba: Uint8ClampedArray }) => {
      const values = new Set<number>();
      for (let y = 4; y < 28; y++) for (let x = 4; x < 28; x++) values.add(p.rgba[4 * (y * p.width + x)]);
      return [...values].sort((a, b) => a - b);
    };
    // 128 · (4/9) · {1, 2, 4} contributions
    expect(interior(art.transposed)).toEqual([57, 114, 228]);
    expect(interior(art.resize)).toEqual([128]);
  });

  test("a refusal comes back as a message, and an unknown request type is named", () => {
    const r = handleImage({ id: 7, type: "lab", job: { source: { kind: "pattern", pattern: "text", width: 40, height: 40 }, color: "gray", scale: 1, kernel: { kind: "bilinear", size: 2 } } });
    expect(r).toEqual({
      id: 7,
      ok: false,
      name: "RangeError",
      message: "scale must be a whole number from 2 to 8 (got 1)",
      problem: { code: "job.wholeRange", values: { field: "scale", min: 2, max: 8, got: 1 } },
    });
    const u = handleImage({ id: 8, type: "nope" } as never);
    expect(u).toMatchObject({ id: 8, ok: false, name: "TypeError", message: 'unknown request type "nope"' });
  });

  test("the transfer list holds every result buffer once", () => {
    const r = handleImage({ id: 1, type: "lab", job: { source: { kind: "pattern", pattern: "checkerboard", width: 16, height: 16 }, color: "gray", scale: 2, kernel: { kind: "bilinear", size: 4 } } }) as ImageResponse & { result: LabResult };
    const buffers = imageTransferables(r);
    expect(buffers).toHaveLength(3 + 2 * 5); // reference, input, kernel; picture and error per panel
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(imageTransferables({ id: 1, ok: false, name: "RangeError", message: "x" })).toEqual([]);
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { convOutputSize, convTransposeOutputSize, dcganGenerator, encoderDecoder } from "../../src/core";

describe("dcganGenerator", () => {
  test("100-d z → 4×4×1024 → 8×8×512 → 16×16×256 → 32×32×128 → 64×64×3", () => {
    const layers = dcganGenerator();
    expect(layers.map((l) => [l.inSize, l.outSize, l.inChannels, l.outChannels])).toEqual([
      [1, 4, 100, 1024],
      [4, 8, 1024, 512],
      [8, 16, 512, 256],
      [16, 32, 256, 128],
      [32, 64, 128, 3],
    ]);
    expect(layers[0]).toMatchObject({ kernel: 4, stride: 1, padding: 0 });
    expect(layers.slice(1).every((l) => l.kernel === 4 && l.stride === 2 && l.padding === 1)).toBe(true);
    expect(layers[1].weights).toBe(1024 * 512 * 16);
  });

  test("k=4, s=2, p=1 doubles any size (7 → 14)", () => {
    expect(convTransposeOutputSize(7, 4, 2, 1, 1, 0)).toBe(14);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (i) => {
        expect(convTransposeOutputSize(i, 4, 2, 1, 1, 0)).toBe(2 * i);
      }),
    );
  });

  test("the user's choices change the sizes: k=3, s=2, p=1 with output_padding 1 also doubles; 5 layers reach 128", () => {
    expect(dcganGenerator({ kernel: 3, outputPadding: 1 }).map((l) => l.outSize)).toEqual([4, 8, 16, 32, 64]);
    expect(dcganGenerator({ kernel: 3 }).map((l) => l.outSize)).toEqual([4, 7, 13, 25, 49]);
    expect(dcganGenerator({ upsampleLayers: 5 }).at(-1)).toMatchObject({ outSize: 128, outChannels: 3 });
  });

  test("an impossible choice names the layer and PyTorch's rule", () => {
    expect(() => dcganGenerator({ outputPadding: 2 })).toThrow("layer 2: output padding must be smaller than either stride or dilation");
    expect(() => dcganGenerator({ stride: 0 })).toThrow("layer 2: stride must be ≥ 1 (got 0)");
  });
});

describe("encoderDecoder", () => {
  test("FCN-style k = 2f, s = f, p = f/2 multiplies the size by f", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.constantFrom(2, 4, 8, 16, 32), (i, f) => {
        expect(convTransposeOutputSize(i, 2 * f, f, f / 2, 1, 0)).toBe(f * i);
      }),
    );
  });

  test("U-Net on 256: 256 → 128 → 64 → 32 → 16 and back, every up-convolution landing on its skip with output_padding 0", () => {
    const u = encoderDecoder({ kind: "unet", inputSize: 256 });
    expect(u.encoder).toEqual([256, 128, 64, 32, 16]);
    expect(u.decoder.map((d) => [d.inSize, d.outSize, d.status])).toEqual([
      [16, 32, "ok"],
      [32, 64, "ok"],
      [64, 128, "ok"],
      [128, 256, "ok"],
    ]);
    expect(u.clean).toBe(true);
  });

  test("U-Net on 100 flags the odd 25: pooling floors it to 12, and 12 → 25 needs output_padding 1", () => {
    const u = encoderDecoder({ kind: "unet", inputSize: 100 });
    expect(u.encoder).toEqual([100, 50, 25, 12, 6]);
    expect(u.decoder[1]).toMatchObject({ inSize: 12, targetSize: 25, candidates: [24, 25], outputPadding: 1, outSize: 25, status: "needsOutputPadding" });
    expect(u.clean).toBe(false);
  });

  test("FCN-8s on 224 is clean; on 500 it needs output_padding at pool4 (15 → 31) and at the ×8 step (62 → 500)", () => {
    const a = encoderDecoder({ kind: "fcn", inputSize: 224 });
    expect(a.encoder).toEqual([224, 112, 56, 28, 14, 7]);
    expect(a.decoder.map((d) => [d.inSize, d.outSize, d.kernel, d.stride, d.padding])).toEqual([
      [7, 14, 4, 2, 1],
      [14, 28, 4, 2, 1],
      [28, 224, 16, 8, 4],
    ]);
    expect(a.clean).toBe(true);
    const b = encoderDecoder({ kind: "fcn", inputSize: 500 });
    expect(b.decoder.map((d) => [d.inSize, d.targetSize, d.outputPadding, d.status])).toEqual([
      [15, 31, 1, "needsOutputPadding"],
      [31, 62, 0, "ok"],
      [62, 500, 4, "needsOutputPadding"],
    ]);
  });

  test("FCN-32s upsamples ×32 in one step with k=64, s=32, p=16", () => {
    const f = encoderDecoder({ kind: "fcn", inputSize: 224, fcnStride: 32 });
    expect(f.decoder).toHaveLength(1);
    expect(f.decoder[0]).toMatchObject({ inSize: 7, outSize: 224, kernel: 64, stride: 32, padding: 16, status: "ok" });
  });

  test("a target outside the reachable sizes is a mismatch, and the chain continues from the skip's size", () => {
    const u = encoderDecoder({ kind: "unet", inputSize: 100, depth: 1, down: { kernel: 3, stride: 3, padding: 0 } });
    expect(u.decoder[0]).toMatchObject({ inSize: 33, targetSize: 100, candidates: [66, 67], outputPadding: null, status: "mismatch" });
  });

  test("every decoder stage's candidates are the conv input sizes that collapse to its input (by search)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 600 }), fc.integer({ min: 1, max: 4 }), (n, depth) => {
        for (const d of encoderDecoder({ kind: "unet", inputSize: n, depth }).decoder) {
          const bound = (d.inSize + 1) * d.stride + d.kernel;
          const collapsing = Array.from({ length: bound }, (_, x) => x + 1).filter(
            (x) => x + 2 * d.padding >= d.kernel && convOutputSize(x, d.kernel, d.stride, d.padding, 1) === d.inSize,
          );
          expect(d.candidates).toEqual(collapsing);
          if (d.status !== "mismatch") expect(d.candidates[d.outputPadding ?? -1]).toBe(d.targetSize);
        }
      }),
      { numRuns: 100 },
    );
  });

  test("invalid inputs name the field", () => {
    expect(() => encoderDecoder({ kind: "unet", inputSize: 0 })).toThrow("input size must be ≥ 1 (got 0)");
    expect(() => encoderDecoder({ kind: "unet", inputSize: 8, depth: 4 })).toThrow("encoder level 4: output size must be at least 1");
  });
});

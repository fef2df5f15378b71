import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  convTransposeOutputSize,
  convTransposeUpsample,
  fill,
  resizeConvolution,
  upsample,
  upsamplePadding,
  type Tensor,
} from "../../src/core";
import { values } from "./arbitraries";
import { maxRelDiff } from "./reference";
import { pytorch } from "./fixtures/pytorch";

describe("upsamplePadding: 2p − output_padding = k − s makes the output s·i", () => {
  test("k=3, s=2 needs p=1, output_padding=1; DCGAN's k=4, s=2 needs p=1 alone; k=1, s=2 needs output_padding=1", () => {
    expect(upsamplePadding(3, 2)).toEqual({ padding: 1, outputPadding: 1 });
    expect(upsamplePadding(4, 2)).toEqual({ padding: 1, outputPadding: 0 });
    expect(upsamplePadding(1, 2)).toEqual({ padding: 0, outputPadding: 1 });
  });

  test("FCN's k = 2f, s = f uses p = f/2 for an even f", () => {
    for (const f of [2, 4, 8, 16, 32]) expect(upsamplePadding(2 * f, f)).toEqual({ padding: f / 2, outputPadding: 0 });
  });

  test("stride 1 with an even kernel is impossible and says PyTorch's rule", () => {
    expect(() => upsamplePadding(4, 1)).toThrow("output padding must be smaller than either stride or dilation");
  });

  test("whenever it answers, conv_transpose2d's size formula gives s·i for every input size i", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 30 }), (k, s, i) => {
        if (s === 1 && k % 2 === 0) return;
        const { padding, outputPadding } = upsamplePadding(k, s);
        expect(convTransposeOutputSize(i, k, s, padding, 1, outputPadding)).toBe(s * i);
      }),
      { numRuns: 300 },
    );
  });
});

const rgb = (H: number, W: number, seed: number): Tensor => ({ shape: [3, H, W], data: values(3 * H * W, seed) });

describe("convTransposeUpsample", () => {
  test.each(pytorch.channelwise.map((c) => [c.kernelSize, c.stride, c.shape.join("×"), c] as const))(
    "k=%i, s=%i on %s equals PyTorch's conv_transpose2d with groups = C",
    (_k, _s, _shape, c) => {
      const out = convTransposeUpsample(
        { shape: c.shape, data: Float64Array.from(c.input) },
        { kernel: c.kernel, kernelSize: c.kernelSize, stride: c.stride },
      );
      expect(out.shape).toEqual(c.transposedShape);
      expect(maxRelDiff(out.data, c.transposed)).toBeLessThan(1e-14);
    },
  );

  test("with FCN's bilinear kernel (k = 2s, s even) it equals bilinear interpolation except in the s/2 cells next to each border", () => {
    for (const s of [2, 4]) {
      const k = 2 * s;
      const x = rgb(5, 6, s);
      const t = convTransposeUpsample(x, { kernel: fill("bilinear", k, k, { stride: s }), kernelSize: k, stride: s });
      const b = upsample(x, { mode: "bilinear", scale: s });
      expect(t.shape).toEqual(b.shape);
      const [C, H, W] = t.shape;
      const m = s / 2;
      for (let c = 0; c < C; c++)
        for (let y = m; y < H - m; y++)
          for (let xx = m; xx < W - m; xx++) {
            const i = (c * H + y) * W + xx;
            expect(t.data[i]).toBeCloseTo(b.data[i], 13);
          }
      // …and at the border zero padding darkens it: the first cell keeps only ¾ of x[0, 0] per axis at s = 2.
      if (s === 2) expect(t.data[0]).toBeCloseTo(0.75 * 0.75 * x.data[0], 14);
    }
  });

  test("a constant image under the all-ones 3×3 kernel with stride 2 paints the 1/2/4 checkerboard", () => {
    const x: Tensor = { shape: [1, 4, 4], data: new Float64Array(16).fill(1) };
    const out = convTransposeUpsample(x, { kernel: fill("ones", 3, 3), kernelSize: 3, stride: 2 });
    const [, H, W] = out.shape;
    const interior = new Set<number>();
    for (let y = 1; y < H - 1; y++) for (let xx = 1; xx < W - 1; xx++) interior.add(out.data[y * W + xx]);
    expect([...interior].sort()).toEqual([1, 2, 4]);
  });

  test("bias adds to every cell", () => {
    const x = rgb(3, 3, 1);
    const kernel = fill("randomDecimals", 3, 3, { seed: 4 });
    const a = convTransposeUpsample(x, { kernel, kernelSize: 3, stride: 2 });
    const b = convTransposeUpsample(x, { kernel, kernelSize: 3, stride: 2, bias: 0.5 });
    for (let i = 0; i < a.data.length; i++) expect(b.data[i]).toBeCloseTo(a.data[i] + 0.5, 14);
  });

  test("a kernel of the wrong length is rejected with the count", () => {
    expect(() => convTransposeUpsample(rgb(2, 2, 1), { kernel: [1, 2, 3], kernelSize: 2, stride: 2 })).toThrow(
      "kernel must hold kernelSize² = 4 values (got 3)",
    );
  });
});

describe("resizeConvolution", () => {
  test.each(pytorch.channelwise.map((c) => [c.kernelSize, c.stride, c.shape.join("×"), c] as const))(
    "k=%i, s=%i on %s equals PyTorch's conv2d(interpolate(x, nearest), padding='same', groups = C)",
    (_k, _s, _shape, c) => {
      const out = resizeConvolution(
        { shape: c.shape, data: Float64Array.from(c.input) },
        { kernel: c.kernel, kernelSize: c.kernelSize, stride: c.stride },
      );
      expect(out.shape).toEqual(c.resizeShape);
      expect(maxRelDiff(out.data, c.resize)).toBeLessThan(1e-14);
    },
  );

  test("with a delta kernel (odd k) it is nearest-neighbour upsampling", () => {
    const x = rgb(4, 3, 2);
    const out = resizeConvolution(x, { kernel: fill("delta", 3, 3), kernelSize: 3, stride: 2 });
    expect(maxRelDiff(out.data, upsample(x, { mode: "nearest", scale: 2 }).data)).toBe(0);
  });

  test("a constant image stays even in the interior for any k and s, where the transposed convolution's coverage is uneven", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 3 }), (k, s) => {
        const x: Tensor = { shape: [1, 6, 6], data: new Float64Array(36).fill(1) };
        const out = resizeConvolution(x, { kernel: fill("ones", k, k), kernelSize: k, stride: s });
        const [, H, W] = out.shape;
        for (let y = k; y < H - k; y++) for (let xx = k; xx < W - k; xx++) expect(out.data[y * W + xx]).toBe(k * k);
      }),
      { numRuns: 40 },
    );
  });
});

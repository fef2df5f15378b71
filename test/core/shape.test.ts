import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  conv2d,
  convOutputSize,
  convTranspose2d,
  convTransposeOutputSize,
  fromNested,
  type Tensor,
} from "../../src/core";
import { RUNS, options, shapes, tensor, transposedConfig } from "./arbitraries";

describe("output sizes", () => {
  // Dumoulin & Visin's conv_arithmetic cases: (i, k, s, p[, d]) → o.
  test.each([
    [4, 3, 1, 0, 1, 2],
    [5, 4, 1, 2, 1, 6],
    [5, 3, 1, 1, 1, 5],
    [5, 3, 1, 2, 1, 7],
    [5, 3, 2, 0, 1, 2],
    [5, 3, 2, 1, 1, 3],
    [6, 3, 2, 1, 1, 3],
    [7, 3, 1, 0, 2, 3],
  ])("convOutputSize(i=%i, k=%i, s=%i, p=%i, d=%i) is %i", (i, k, s, p, d, o) => {
    expect(convOutputSize(i, k, s, p, d)).toBe(o);
  });

  test("DCGAN's k=4, s=2, p=1 doubles the size (7 → 14)", () => {
    expect(convTransposeOutputSize(7, 4, 2, 1, 1, 0)).toBe(14);
    for (const i of [1, 2, 4, 8, 16, 32]) expect(convTransposeOutputSize(i, 4, 2, 1, 1, 0)).toBe(2 * i);
  });

  test("FCN's k=2f, s=f, p=f/2 multiplies the size by f", () => {
    for (const f of [2, 4, 8, 16, 32]) {
      for (const i of [1, 3, 10]) expect(convTransposeOutputSize(i, 2 * f, f, f / 2, 1, 0)).toBe(f * i);
    }
  });

  test("output_padding picks between the inputs 5 and 6 that a k=3, s=2, p=1 conv both maps to 3", () => {
    expect(convOutputSize(5, 3, 2, 1, 1)).toBe(3);
    expect(convOutputSize(6, 3, 2, 1, 1)).toBe(3);
    expect(convTransposeOutputSize(3, 3, 2, 1, 1, 0)).toBe(5);
    expect(convTransposeOutputSize(3, 3, 2, 1, 1, 1)).toBe(6);
  });

  test("the transposed size formula inverts the conv size formula for the output_padding that makes up the remainder", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (i, k, s, p, d) => {
          fc.pre(i + 2 * p >= d * (k - 1) + 1);
          const o = convOutputSize(i, k, s, p, d);
          const op = (i + 2 * p - d * (k - 1) - 1) % s;
          return convTransposeOutputSize(o, k, s, p, d, op) === i;
        },
      ),
      RUNS,
    );
  });

  test("conv2d and convTranspose2d produce tensors whose shapes match the formulas", () => {
    fc.assert(
      fc.property(transposedConfig, (c) => {
        const sh = shapes(c);
        const w = tensor(sh.wShape, c.seed);
        const x = convTranspose2d(tensor(sh.yShape, c.seed + 1), w, null, options(c, true));
        const [xH, xW] = x.shape.slice(-2);
        expect(xH).toBe(convTransposeOutputSize(c.yH, c.kH, c.s[0], c.p[0], c.d[0], c.op[0]));
        expect(xW).toBe(convTransposeOutputSize(c.yW, c.kW, c.s[1], c.p[1], c.d[1], c.op[1]));
        expect(x.shape).toEqual(sh.xShape);
        const y = conv2d(x, w, null, options(c, false));
        expect(y.shape.slice(-2)).toEqual([
          convOutputSize(xH, c.kH, c.s[0], c.p[0], c.d[0]),
          convOutputSize(xW, c.kW, c.s[1], c.p[1], c.d[1]),
        ]);
        expect(y.shape.length).toBe(x.shape.length);
      }),
      RUNS,
    );
  });
});

describe("invalid parameters get PyTorch's rule as a RangeError naming the field and the value", () => {
  const x: Tensor = fromNested([[[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]]);
  const w: Tensor = fromNested([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]]);
  const y: Tensor = fromNested([[[18, 27], [18, 27]]]);
  const bad = (f: () => unknown, message: string | RegExp) => expect(f).toThrow(message);

  test("stride must be an integer ≥ 1", () => {
    bad(() => conv2d(x, w, null, { stride: 0 }), "stride must be ≥ 1 (got 0)");
    bad(() => convTranspose2d(y, w, null, { stride: -2 }), "stride must be ≥ 1 (got -2)");
    bad(() => conv2d(x, w, null, { stride: 1.5 }), "stride must be an integer (got 1.5)");
    bad(() => conv2d(x, w, null, { stride: NaN }), "stride must be a finite integer ≥ 1 (got NaN)");
    bad(() => conv2d(x, w, null, { stride: Infinity }), "stride must be a finite integer ≥ 1 (got Infinity)");
    bad(() => conv2d(x, w, null, { stride: [1, 0] }), "stride (width) must be ≥ 1 (got 0)");
    bad(() => conv2d(x, w, null, { stride: [1, 1, 1] as unknown as [number, number] }), "stride must be a number or a pair");
    expect(() => conv2d(x, w, null, { stride: 0 })).toThrow(RangeError);
  });

  test("padding must be an integer ≥ 0 and dilation ≥ 1", () => {
    bad(() => conv2d(x, w, null, { padding: -1 }), "padding must be ≥ 0 (got -1)");
    bad(() => convTranspose2d(y, w, null, { padding: [0, 0.5] }), "padding (width) must be an integer (got 0.5)");
    bad(() => conv2d(x, w, null, { dilation: 0 }), "dilation must be ≥ 1 (got 0)");
  });

  test("output padding must be smaller than either stride or dilation", () => {
    bad(
      () => convTranspose2d(y, w, null, { outputPadding: 1 }),
      "output padding must be smaller than either stride or dilation (got output_padding=1, stride=1, dilation=1)",
    );
    bad(
      () => convTranspose2d(y, w, null, { outputPadding: [0, 2], stride: 2 }),
      "output padding must be smaller than either stride or dilation (got output_padding=(0, 2), stride=2, dilation=1)",
    );
    expect(convTranspose2d(y, w, null, { outputPadding: 1, dilation: 2 }).shape).toEqual([1, 7, 7]);
    bad(() => convTranspose2d(y, w, null, { outputPadding: -1 }), "outputPadding must be ≥ 0 (got -1)");
    bad(() => conv2d(x, w, null, { outputPadding: 1 }), "output padding applies to convTranspose2d only");
  });

  test("channels must be divisible by groups and match the weight", () => {
    const x2: Tensor = { shape: [3, 4, 4], data: new Float64Array(48) };
    bad(
      () => conv2d(x2, { shape: [2, 1, 3, 3], data: new Float64Array(18) }, null, { groups: 2 }),
      "input channels must equal weight.shape[1]·groups = 2 (got in_channels=3",
    );
    bad(
      () => conv2d(x2, { shape: [3, 1, 3, 3], data: new Float64Array(27) }, null, { groups: 2 }),
      "out channels must be divisible by groups (got out_channels=3, groups=2)",
    );
    bad(
      () => convTranspose2d(x2, { shape: [3, 1, 3, 3], data: new Float64Array(27) }, null, { groups: 2 }),
      "input channels must be divisible by groups (got in_channels=3, groups=2)",
    );
    bad(
      () => convTranspose2d(x2, { shape: [2, 1, 3, 3], data: new Float64Array(18) }),
      "input channels must equal weight.shape[0] = 2 (got in_channels=3",
    );
    bad(() => conv2d(x, w, null, { groups: 0 }), "groups must be ≥ 1 (got 0)");
  });

  test("the output must be at least 1×1", () => {
    const tiny: Tensor = { shape: [1, 2, 2], data: new Float64Array(4) };
    bad(() => conv2d(tiny, w), "output size must be at least 1×1: the padded input (2×2) is smaller than the dilated kernel (3×3)");
    bad(() => convTranspose2d({ shape: [1, 1, 1], data: new Float64Array(1) }, w, null, { padding: 2 }), "output size must be at least 1×1");
    bad(() => convOutputSize(2, 3, 1, 0, 1), "output size must be at least 1");
    bad(() => convTransposeOutputSize(1, 3, 1, 2, 1, 0), "output size must be at least 1");
  });

  test("tensors must be well formed, and bias must hold one value per output channel", () => {
    bad(() => conv2d({ shape: [4, 4], data: new Float64Array(16) }, w), "input must have 3 or 4 dimensions (got 2: [4, 4])");
    bad(() => conv2d(x, { shape: [1, 3, 3], data: new Float64Array(9) }), "weight must have 4 dimensions (got 3");
    bad(() => conv2d({ shape: [1, 4, 4], data: new Float64Array(15) }, w), "input data must hold 16 values for shape [1, 4, 4] (got 15)");
    bad(() => conv2d({ shape: [1, 0, 4], data: new Float64Array(0) }, w), "input shape must hold integers ≥ 1 (got [1, 0, 4])");
    bad(() => conv2d(x, w, new Float64Array(2)), "bias must hold one value per output channel: 1 (got 2)");
    bad(() => convTranspose2d(y, w, new Float64Array(3)), "bias must hold one value per output channel: 1 (got 3)");
  });

  test("the size helpers refuse NaN, fractions and out-of-range values", () => {
    bad(() => convOutputSize(NaN, 3, 1, 0, 1), "input size must be a finite integer ≥ 1 (got NaN)");
    bad(() => convOutputSize(4, 3, 0, 0, 1), "stride must be ≥ 1 (got 0)");
    bad(() => convTransposeOutputSize(2, 3, 1, 0, 1, 1), "output padding must be smaller than either stride or dilation");
    bad(() => convTransposeOutputSize(2, 2.5, 1, 0, 1, 0), "kernel size must be an integer (got 2.5)");
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { conv2d, convOutputSize, fromNested, toNested } from "../../src/core";
import { RUNS, asymmetricConfig, options, shapes, tensor, transposedConfig, values } from "./arbitraries";
import { maxRelDiff, refConv2d } from "./reference";

describe("conv2d", () => {
  test("the seed: rows of 1 2 3 4 under a 3×3 ones kernel give [[18, 27], [18, 27]]", () => {
    const x = fromNested([[[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]]);
    const w = fromNested([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]]);
    expect(toNested(conv2d(x, w))).toEqual([[[18, 27], [18, 27]]]);
  });

  test("a batched input keeps its batch axis, and bias is added per output channel", () => {
    const x = fromNested([[[[1, 2], [3, 4]]], [[[5, 6], [7, 8]]]]);
    const w = fromNested([[[[1]]], [[[-1]]]]);
    const y = conv2d(x, w, Float64Array.of(10, 100));
    expect(y.shape).toEqual([2, 2, 2, 2]);
    expect(toNested(y)).toEqual([
      [[[11, 12], [13, 14]], [[99, 98], [97, 96]]],
      [[[15, 16], [17, 18]], [[95, 94], [93, 92]]],
    ]);
  });

  test("stride, padding and dilation follow PyTorch: a 3×3 ramp, k=2, s=2, p=1, d=1", () => {
    // Padded input has zeros around 1..9; windows start at (−1,−1), (−1,1), (1,−1), (1,1).
    const x = fromNested([[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]);
    const w = fromNested([[[[1, 2], [3, 4]]]]);
    expect(toNested(conv2d(x, w, null, { stride: 2, padding: 1 }))).toEqual([
      [
        [4 * 1, 3 * 2 + 4 * 3],
        [2 * 4 + 4 * 7, 1 * 5 + 2 * 6 + 3 * 8 + 4 * 9],
      ],
    ]);
  });

  test("depthwise (groups = channels) convolves each channel with its own kernel", () => {
    const x = { shape: [2, 2, 2], data: Float64Array.of(1, 2, 3, 4, 10, 20, 30, 40) };
    const w = { shape: [2, 1, 1, 1], data: Float64Array.of(2, -1) };
    expect(Array.from(conv2d(x, w, null, { groups: 2 }).data)).toEqual([2, 4, 6, 8, -10, -20, -30, -40]);
  });

  test("conv2d equals the definition for random stride, padding, dilation, groups, channels, batch and bias", () => {
    fc.assert(
      fc.property(transposedConfig, (c) => {
        const sh = shapes(c);
        const x = tensor(sh.xShape, c.seed);
        const w = tensor(sh.wShape, c.seed + 1);
        const b = c.bias ? values(sh.yC, c.seed + 2) : null;
        const y = conv2d(x, w, b, options(c, false));
        const yH = convOutputSize(sh.xH, c.kH, c.s[0], c.p[0], c.d[0]);
        const yW = convOutputSize(sh.xW, c.kW, c.s[1], c.p[1], c.d[1]);
        const ref = refConv2d(
          { N: c.N, xC: sh.xC, xH: sh.xH, xW: sh.xW, yC: sh.yC, yH, yW, kH: c.kH, kW: c.kW, groups: c.groups, s: c.s, p: c.p, d: c.d },
          x.data,
          w.data,
          b,
        );
        expect(maxRelDiff(y.data, ref)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  test("per-side padding equals zero-padding each side by hand, then padding 0", () => {
    fc.assert(
      fc.property(asymmetricConfig, (c) => {
        const sh = shapes(c);
        const x = tensor([sh.xC, sh.xH, sh.xW], c.seed);
        const w = tensor(sh.wShape, c.seed + 1);
        const y = conv2d(x, w, null, options(c, false));
        const pH = sh.xH + c.p[0] + c.pEnd[0];
        const pW = sh.xW + c.p[1] + c.pEnd[1];
        const padded = new Float64Array(sh.xC * pH * pW);
        for (let q = 0; q < sh.xC; q++)
          for (let r = 0; r < sh.xH; r++)
            for (let col = 0; col < sh.xW; col++)
              padded[(q * pH + r + c.p[0]) * pW + col + c.p[1]] = x.data[(q * sh.xH + r) * sh.xW + col];
        const ref = conv2d({ shape: [sh.xC, pH, pW], data: padded }, w, null, { stride: c.s, dilation: c.d, groups: c.groups });
        expect(y.shape).toEqual(ref.shape);
        expect(maxRelDiff(y.data, ref.data)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });
});

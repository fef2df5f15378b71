import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { conv2d, convTranspose2d, fromNested, toNested } from "../../src/core";
import { RUNS, anyConfig, asymmetricConfig, options, shapes, tensor, transposedConfig, values } from "./arbitraries";
import { dot, maxRelDiff, refConvTranspose2d } from "./reference";

const ones3 = fromNested([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]]);

describe("convTranspose2d", () => {
  test("the seed's reverse scatters [[18, 27], [18, 27]] to the 4×4 that is not the original input", () => {
    const y = fromNested([[[18, 27], [18, 27]]]);
    expect(toNested(convTranspose2d(y, ones3))).toEqual([
      [
        [18, 45, 45, 27],
        [36, 90, 90, 54],
        [36, 90, 90, 54],
        [18, 45, 45, 27],
      ],
    ]);
  });

  describe("d2l.ai's X = [[0, 1], [2, 3]] and K = [[0, 1], [2, 3]]", () => {
    const X = fromNested([[[0, 1], [2, 3]]]);
    const K = fromNested([[[[0, 1], [2, 3]]]]);
    test("plain: [[0, 0, 1], [0, 4, 6], [4, 12, 9]]", () => {
      expect(toNested(convTranspose2d(X, K))).toEqual([[[0, 0, 1], [0, 4, 6], [4, 12, 9]]]);
    });
    test("padding = 1 crops the border: [[4]]", () => {
      expect(toNested(convTranspose2d(X, K, null, { padding: 1 }))).toEqual([[[4]]]);
    });
    test("stride = 2 spreads the copies apart", () => {
      expect(toNested(convTranspose2d(X, K, null, { stride: 2 }))).toEqual([
        [
          [0, 0, 0, 1],
          [0, 0, 2, 3],
          [0, 2, 0, 3],
          [4, 6, 6, 9],
        ],
      ]);
    });
  });

  test("output_padding adds a bottom/right row and column that only bias reaches when they lie past every kernel footprint", () => {
    const y = fromNested([[[1, 2], [3, 4]]]);
    const w = fromNested([[[[1]]]]);
    expect(toNested(convTranspose2d(y, w, Float64Array.of(0.5), { stride: 2, outputPadding: 1 }))).toEqual([
      [
        [1.5, 0.5, 2.5, 0.5],
        [0.5, 0.5, 0.5, 0.5],
        [3.5, 0.5, 4.5, 0.5],
        [0.5, 0.5, 0.5, 0.5],
      ],
    ]);
  });

  test("convTranspose2d equals the scatter definition for random stride, padding, dilation, output_padding, groups, channels, batch and bias", () => {
    fc.assert(
      fc.property(transposedConfig, (c) => {
        const sh = shapes(c);
        const y = tensor(sh.yShape, c.seed);
        const w = tensor(sh.wShape, c.seed + 1);
        const b = c.bias ? values(sh.xC, c.seed + 2) : null;
        const x = convTranspose2d(y, w, b, options(c, true));
        const ref = refConvTranspose2d(
          { N: c.N, xC: sh.xC, xH: sh.xH, xW: sh.xW, yC: sh.yC, yH: c.yH, yW: c.yW, kH: c.kH, kW: c.kW, groups: c.groups, s: c.s, p: c.p, d: c.d },
          y.data,
          w.data,
          b,
        );
        expect(maxRelDiff(x.data, ref)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  test("the adjoint identity ⟨conv2d(x), y⟩ = ⟨x, convTranspose2d(y)⟩ holds for random parameters, per-side padding included", () => {
    fc.assert(
      fc.property(anyConfig, (c0) => {
        // With output_padding < stride the conv of the transposed output has exactly y's shape.
        const c = { ...c0, op: [c0.op[0] % c0.s[0], c0.op[1] % c0.s[1]] as [number, number] };
        const sh = shapes(c);
        if (sh.xH < 1 || sh.xW < 1) return;
        const x = tensor(sh.xShape, c.seed);
        const y = tensor(sh.yShape, c.seed + 1);
        const w = tensor(sh.wShape, c.seed + 2);
        const cx = conv2d(x, w, null, options(c, false));
        const ty = convTranspose2d(y, w, null, options(c, true));
        expect(cx.shape).toEqual(y.shape);
        const lhs = dot(cx.data, y.data);
        const rhs = dot(x.data, ty.data);
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-9 * Math.max(1, Math.abs(lhs)));
      }),
      RUNS,
    );
  });

  test("per-side padding crops each side of the unpadded result on its own", () => {
    fc.assert(
      fc.property(asymmetricConfig, (c) => {
        const sh = shapes(c);
        const y = tensor(sh.yShape, c.seed);
        const w = tensor(sh.wShape, c.seed + 1);
        const x = convTranspose2d(y, w, null, options(c, true));
        const full = convTranspose2d(y, w, null, { stride: c.s, dilation: c.d, groups: c.groups });
        const [fH, fW] = full.shape.slice(-2);
        const planes = full.data.length / (fH * fW);
        const cropped: number[] = [];
        for (let q = 0; q < planes; q++)
          for (let r = c.p[0]; r < fH - c.pEnd[0] + c.op[0]; r++)
            for (let col = c.p[1]; col < fW - c.pEnd[1] + c.op[1]; col++)
              cropped.push(r < fH && col < fW ? full.data[(q * fH + r) * fW + col] : 0);
        expect(maxRelDiff(x.data, Float64Array.from(cropped))).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  convTranspose2d,
  fromNested,
  resolveConvTranspose2d,
  scatterTrace,
  UP_BORDER,
  UP_INSERTED_ZERO,
  UP_VALUE,
  zeroInsertionTrace,
  type ConvOptions,
  type Tensor,
} from "../../../src/core";
import { RUNS, anyConfig, options, shapes, tensor, values } from "../arbitraries";
import { maxRelDiff } from "../reference";

const build = (y: Tensor, w: Tensor, o: ConvOptions = {}, b: Float64Array | null = null) =>
  zeroInsertionTrace(resolveConvTranspose2d(y, w, b, o), y.data, w.data, b);

function grid(data: ArrayLike<number>, W: number): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < data.length; i += W) rows.push(Array.from(data).slice(i, i + W));
  return rows;
}

describe("the zero-insertion trace", () => {
  const X = fromNested([[[0, 1], [2, 3]]]);
  const K = fromNested([[[[0, 1], [2, 3]]]]);

  test("d2l's stride-2 example: one zero between values, a border of d(k−1)−p = 1, and the kernel rotated 180°", () => {
    const t = build(fromNested([[[5, 6], [7, 8]]]), K, { stride: 2 });
    expect(t.upShape).toEqual([1, 5, 5]);
    expect(grid(t.up, 5)).toEqual([
      [0, 0, 0, 0, 0],
      [0, 5, 0, 6, 0],
      [0, 0, 0, 0, 0],
      [0, 7, 0, 8, 0],
      [0, 0, 0, 0, 0],
    ]);
    const B = UP_BORDER, Z = UP_INSERTED_ZERO, V = UP_VALUE;
    expect(grid(t.upKind, 5)).toEqual([
      [B, B, B, B, B],
      [B, V, Z, V, B],
      [B, Z, Z, Z, B],
      [B, V, Z, V, B],
      [B, B, B, B, B],
    ]);
    expect(Array.from(t.rotatedWeight)).toEqual([3, 2, 1, 0]);
    expect(Array.from(t.rotatedFrom)).toEqual([3, 2, 1, 0]);
    expect(t.border).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
  });

  test("its output equals the direct transposed convolution, and most multiplications are wasted on zeros", () => {
    const t = build(X, K, { stride: 2 });
    expect(Array.from(t.window.output)).toEqual([0, 0, 0, 1, 0, 0, 2, 3, 0, 2, 0, 3, 4, 6, 6, 9]);
    expect(t.useful + t.insertedZero + t.borderZero).toBe(16 * 4);
    expect(t.useful).toBe(16); // each of the 4 values meets each of the 4 weights once
    expect(t.insertedZero + t.borderZero).toBe(48);
  });

  test("the seed's reverse pads by k−1 = 2 on every side and wastes 108 of 144 multiplications", () => {
    const y = fromNested([[[18, 27], [18, 27]]]);
    const ones = fromNested([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]]);
    const t = build(y, ones);
    expect(t.upShape).toEqual([1, 6, 6]);
    expect([t.useful, t.insertedZero, t.borderZero]).toEqual([36, 0, 108]);
  });

  test("padding larger than d(k−1) crops the upsampled input instead of padding it", () => {
    const t = build(X, K, { padding: 1 });
    expect(t.border).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
    const c = build(fromNested([[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]), fromNested([[[[1, 1], [1, 1]]]]), { padding: 2, stride: 2 });
    expect(c.border.top).toBe(-1);
    expect(c.upShape).toEqual([1, 3, 3]);
    expect(grid(c.up, 3)).toEqual([[0, 0, 0], [0, 5, 0], [0, 0, 0]]);
    expect(Array.from(c.window.output)).toEqual([5, 5, 5, 5]);
  });

  test("output_padding adds its extra row and column on the bottom/right only", () => {
    const t = build(X, K, { stride: 2, outputPadding: 1 });
    expect(t.border).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(t.upShape).toEqual([1, 6, 6]);
  });

  test("the zero-insertion trace's final state equals convTranspose2d and the scatter trace, for random parameters", () => {
    fc.assert(
      fc.property(anyConfig, (c) => {
        const sh = shapes(c);
        const ys = tensor([sh.yC, c.yH, c.yW], c.seed);
        const ws = tensor(sh.wShape, c.seed + 1);
        const b = c.bias ? values(sh.xC, c.seed + 2) : null;
        const g = resolveConvTranspose2d(ys, ws, b, options(c, true));
        const zt = zeroInsertionTrace(g, ys.data, ws.data, b);
        const st = scatterTrace(g, ys.data, ws.data, b);
        const x = convTranspose2d(ys, ws, b, options(c, true));
        expect(maxRelDiff(zt.window.output, x.data)).toBeLessThan(1e-12);
        expect(maxRelDiff(zt.window.output, st.output)).toBeLessThan(1e-12);
        // Useful multiplications are exactly the scatter contributions that land in the output.
        expect(zt.useful).toBe(Array.from(st.target).filter((j) => j >= 0).length);
        for (let r = 0; r < zt.rotatedWeight.length; r++) expect(zt.rotatedWeight[r]).toBe(ws.data[zt.rotatedFrom[r]]);
        for (let z = 0; z < zt.up.length; z++) {
          if (zt.upKind[z] === UP_VALUE) expect(zt.up[z]).toBe(ys.data[zt.upSource[z]]);
          else expect([zt.up[z], zt.upSource[z]]).toEqual([0, -1]);
        }
      }),
      RUNS,
    );
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  conv2d,
  convMatrix,
  convTranspose2d,
  entryAt,
  fromNested,
  matVec,
  resolveConv2d,
  resolveConvTranspose2d,
  transpose,
  type SparseMatrix,
} from "../../src/core";
import { RUNS, anyConfig, options, shapes, tensor, values } from "./arbitraries";
import { maxRelDiff } from "./reference";

function dense(m: SparseMatrix): number[][] {
  const out = Array.from({ length: m.rows }, () => new Array<number>(m.cols).fill(0));
  for (let r = 0; r < m.rows; r++) for (let e = m.rowPtr[r]; e < m.rowPtr[r + 1]; e++) out[r][m.colIdx[e]] = m.values[e];
  return out;
}

describe("the sparse convolution matrix", () => {
  const x = fromNested([[[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]]);
  const w = fromNested([[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]]);

  test("the seed's C is 4×16 with 36 non-zeros, each row the kernel laid along the flattened input", () => {
    const C = convMatrix(resolveConv2d(x, w, null), w.data);
    expect([C.rows, C.cols, C.rowPtr[C.rows]]).toEqual([4, 16, 36]);
    expect(dense(C)[0]).toEqual([1, 2, 3, 0, 4, 5, 6, 0, 7, 8, 9, 0, 0, 0, 0, 0]);
    expect(dense(C)[3]).toEqual([0, 0, 0, 0, 0, 1, 2, 3, 0, 4, 5, 6, 0, 7, 8, 9]);
  });

  test("every entry carries the flat index of the kernel weight it holds", () => {
    const C = convMatrix(resolveConv2d(x, w, null), w.data);
    for (let e = 0; e < 36; e++) expect(C.values[e]).toBe(w.data[C.kernelIdx[e]]);
    // Output (0,1) reads input (1,2) with w[1,1] (the centre weight, flat index 4).
    expect(C.kernelIdx[entryAt(C, 1, 1 * 4 + 2)]).toBe(4);
    expect(entryAt(C, 0, 3)).toBe(-1);
  });

  test("a weight whose value is 0 is still a stored entry: the matrix records connectivity", () => {
    const z = fromNested([[[[0, 0, 0], [0, 0, 0], [0, 0, 0]]]]);
    expect(convMatrix(resolveConv2d(x, z, null), z.data).rowPtr[4]).toBe(36);
  });

  test("Cᵀ of the seed is 16×4 and Cᵀ·[18, 27, 18, 27] is the reverse's 4×4", () => {
    const C = convMatrix(resolveConv2d(x, w, null), fromNested([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]]).data);
    const CT = transpose(C);
    expect([CT.rows, CT.cols]).toEqual([16, 4]);
    expect(Array.from(matVec(CT, Float64Array.of(18, 27, 18, 27)))).toEqual([
      18, 45, 45, 27, 36, 90, 90, 54, 36, 90, 90, 54, 18, 45, 45, 27,
    ]);
    expect(() => matVec(CT, new Float64Array(3))).toThrow("vector length must equal the matrix's columns: 4 (got 3)");
  });

  test("C·vec(x) = conv2d(x) for random parameters (bias added outside)", () => {
    fc.assert(
      fc.property(anyConfig, (c) => {
        const sh = shapes(c);
        const xs = tensor([sh.xC, sh.xH, sh.xW], c.seed);
        const ws = tensor(sh.wShape, c.seed + 1);
        const b = c.bias ? values(sh.yC, c.seed + 2) : null;
        const y = conv2d(xs, ws, b, options(c, false));
        const C = convMatrix(resolveConv2d(xs, ws, b, options(c, false)), ws.data);
        const cx = matVec(C, xs.data);
        const plane = y.data.length / sh.yC;
        if (b) for (let i = 0; i < cx.length; i++) cx[i] += b[Math.floor(i / plane)];
        expect(maxRelDiff(cx, y.data)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  test("convTranspose2d equals Cᵀ·vec(y) for random parameters, output_padding included", () => {
    fc.assert(
      fc.property(anyConfig, (c) => {
        const sh = shapes(c);
        const ys = tensor([sh.yC, c.yH, c.yW], c.seed);
        const ws = tensor(sh.wShape, c.seed + 1);
        const xt = convTranspose2d(ys, ws, null, options(c, true));
        const CT = transpose(convMatrix(resolveConvTranspose2d(ys, ws, null, options(c, true)), ws.data));
        expect(maxRelDiff(matVec(CT, ys.data), xt.data)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });

  test("transposing twice gives back the same matrix, with columns sorted in every row", () => {
    fc.assert(
      fc.property(anyConfig, (c) => {
        const sh = shapes(c);
        const ws = tensor(sh.wShape, c.seed);
        const C = convMatrix(resolveConvTranspose2d({ shape: [sh.yC, c.yH, c.yW], data: new Float64Array(sh.yC * c.yH * c.yW) }, ws, null, options(c, true)), ws.data);
        const CTT = transpose(transpose(C));
        expect(CTT).toEqual(C);
        for (let r = 0; r < C.rows; r++)
          for (let e = C.rowPtr[r] + 1; e < C.rowPtr[r + 1]; e++) expect(C.colIdx[e]).toBeGreaterThan(C.colIdx[e - 1]);
      }),
      { numRuns: 200 },
    );
  });
});

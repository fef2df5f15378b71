import { describe, expect, test } from "vitest";
import { entryAt, explore, type ExploreParams } from "../../../src/core";
import { indexesOf } from "../../../src/model/indexes";
import { canvasLayout } from "../../../src/views/matrix/canvasLayout";
import { pointAt } from "../../../src/views/matrix/canvasHit";
import { lowerBound, nearestEntry } from "../../../src/views/matrix/hitTest";
import type { Extent, View } from "../../../src/views/matrix/viewport";
import { seedConv } from "../../worker/helpers";

const seed = explore(seedConv());
const C = seed.matrix;

function bigTransposed(): ReturnType<typeof explore> {
  const y = new Float64Array(14 * 14).map((_, i) => (i % 7) - 3);
  const p: ExploreParams = {
    mode: "transposed",
    input: { shape: [1, 14, 14], data: y },
    weight: { shape: [1, 1, 5, 5], data: new Float64Array(25).map((_, i) => i - 12) },
    bias: null,
    stride: [2, 2],
    padding: [0, 0],
    dilation: [1, 1],
    outputPadding: [1, 1],
    groups: 1,
  };
  return explore(p);
}

describe("finding a matrix entry under the pointer", () => {
  test("lowerBound finds the first entry of a row at or after a column", () => {
    // Row 0 of the seed's C holds columns 0 1 2 4 5 6 8 9 10.
    expect(C.colIdx[lowerBound(C, 0, 3)]).toBe(4);
    expect(C.colIdx[lowerBound(C, 0, 0)]).toBe(0);
    expect(lowerBound(C, 0, 11)).toBe(C.rowPtr[1]);
  });

  test("nearestEntry returns the entry itself on a stored cell, and the closest one within the radius otherwise", () => {
    expect(nearestEntry(C, 1, 2, 0)).toBe(entryAt(C, 1, 2));
    expect(nearestEntry(C, 0, 3, 0)).toBe(-1);
    const near = nearestEntry(C, 0, 3, 1);
    expect([C.colIdx[near] === 2 || C.colIdx[near] === 4]).toEqual([true]);
    expect(nearestEntry(C, 0, 15, 2)).toBe(-1);
  });

  test("nearestEntry agrees with a brute-force search on a large Cᵀ", () => {
    const e = bigTransposed();
    const m = e.matrix;
    const { entryRow } = indexesOf(e);
    const nnz = m.rowPtr[m.rows];
    for (const [row, col, radius] of [[0, 0, 3], [500, 100, 4], [1023, 195, 6], [333, 7, 2], [700, 150, 10]]) {
      let best = Infinity;
      for (let i = 0; i < nnz; i++) {
        const d = (entryRow[i] - row) ** 2 + (m.colIdx[i] - col) ** 2;
        if (d <= radius * radius) best = Math.min(best, d);
      }
      const found = nearestEntry(m, row, col, radius);
      if (best === Infinity) expect(found).toBe(-1);
      else expect((entryRow[found] - row) ** 2 + (m.colIdx[found] - col) ** 2).toBe(best);
    }
  });
});

describe("pointAt: what a canvas point names, by the matrix view's linking rule", () => {
  const l = canvasLayout(800, 400);
  const e: Extent = { rows: C.rows, cols: C.cols, width: l.bodyW, height: l.bodyH };
  const v: View = { k: 20, tx: 0, ty: 0 };
  const { entryRow } = indexesOf(seed);
  const at = (row: number, col: number) => [l.bodyX + col * 20 + 10, l.bodyY + row * 20 + 10] as const;

  test("the body names an entry or a structural zero", () => {
    expect(pointAt(C, entryRow, v, e, l, ...at(1, 2))).toEqual({ kind: "entry", row: 1, col: 2, entry: entryAt(C, 1, 2) });
    expect(pointAt(C, entryRow, v, e, l, ...at(0, 3))).toEqual({ kind: "zero", row: 0, col: 3 });
  });

  test("the strip above names a column (an input cell), the numbers at the left and the strip at the right a row", () => {
    expect(pointAt(C, entryRow, v, e, l, l.bodyX + 5 * 20 + 3, l.inStripY + 4)).toEqual({ kind: "col", col: 5 });
    expect(pointAt(C, entryRow, v, e, l, 10, l.bodyY + 2 * 20 + 3)).toEqual({ kind: "row", row: 2 });
    expect(pointAt(C, entryRow, v, e, l, l.outStripX + 3, l.bodyY + 3 * 20 + 3)).toEqual({ kind: "row", row: 3 });
  });

  test("beyond the matrix there is nothing", () => {
    expect(pointAt(C, entryRow, v, e, l, ...at(5, 2))).toBeNull();
    expect(pointAt(C, entryRow, v, e, l, 5, 5)).toBeNull();
  });

  test("zoomed out, the pointer snaps to the nearest stored entry", () => {
    const big = bigTransposed();
    const m = big.matrix;
    const idx = indexesOf(big);
    const ext: Extent = { rows: m.rows, cols: m.cols, width: l.bodyW, height: l.bodyH };
    const far: View = { k: 0.5, tx: 0, ty: 0 };
    const p = pointAt(m, idx.entryRow, far, ext, l, l.bodyX + 0.25, l.bodyY + 0.25);
    expect(p?.kind).toBe("entry");
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  cellAt,
  centerOn,
  clampView,
  fitK,
  initialView,
  MAX_K,
  panBy,
  visibleRange,
  zoomAt,
  zoomLimits,
  type Extent,
} from "../../../src/views/matrix/viewport";

const tall: Extent = { rows: 17161, cols: 1024, width: 900, height: 500 };
const wide: Extent = { rows: 676, cols: 1024, width: 900, height: 500 };

describe("the canvas matrix's view", () => {
  test("a matrix that fits shows whole, at the top left (next to its vectors)", () => {
    const v = initialView(wide);
    expect(v.k).toBeCloseTo(fitK(wide));
    const r = visibleRange(v, wide);
    expect(r).toEqual({ r0: 0, r1: 676, c0: 0, c1: 1024 });
    expect([v.tx, v.ty]).toEqual([0, 0]);
  });

  test("a tall Cᵀ (17,161 × 1,024) opens at its full width from the top, not as a sliver", () => {
    const v = initialView(tall);
    expect(v.k).toBeCloseTo(900 / 1024);
    expect([v.tx, v.ty]).toEqual([0, 0]);
    const r = visibleRange(v, tall);
    expect([r.r0, r.c0, r.c1]).toEqual([0, 0, 1024]);
    expect(r.r1).toBe(Math.ceil(500 / v.k));
  });

  test("zooming keeps the point under the pointer fixed, within the limits", () => {
    const v0 = initialView(tall);
    const v1 = zoomAt(v0, tall, 4, 300, 200);
    const before = { col: (300 - v0.tx) / v0.k, row: (200 - v0.ty) / v0.k };
    const after = { col: (300 - v1.tx) / v1.k, row: (200 - v1.ty) / v1.k };
    expect(after.col).toBeCloseTo(before.col);
    expect(after.row).toBeCloseTo(before.row);
    expect(zoomAt(v1, tall, 1e6, 0, 0).k).toBe(MAX_K);
    expect(zoomAt(v1, tall, 1e-6, 0, 0).k).toBeCloseTo(zoomLimits(tall).min);
  });

  test("panning never loses the matrix: it stops at the edges", () => {
    const v = zoomAt(initialView(tall), tall, 8, 0, 0);
    const far = panBy(v, tall, 1e9, 1e9);
    expect([far.tx, far.ty]).toEqual([0, 0]);
    const other = panBy(v, tall, -1e9, -1e9);
    expect(other.tx).toBeCloseTo(tall.width - tall.cols * v.k);
    expect(other.ty).toBeCloseTo(tall.height - tall.rows * v.k);
  });

  test("centring on a cell puts it in the middle of the body", () => {
    const v = centerOn(zoomAt(initialView(tall), tall, 10, 0, 0), tall, 9000, 500);
    expect(cellAt(v, tall, tall.width / 2, tall.height / 2)).toEqual({ row: 9000, col: 500 });
  });

  test("for any zoom and pan, the visible range lies inside the matrix and the centre cell is in it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 70000 }),
        fc.integer({ min: 1, max: 4096 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (rows, cols, k, tx, ty) => {
          const e = { rows, cols, width: 800, height: 480 };
          const v = clampView({ k, tx, ty }, e);
          const r = visibleRange(v, e);
          expect(r.r0).toBeGreaterThanOrEqual(0);
          expect(r.c0).toBeGreaterThanOrEqual(0);
          expect(r.r1).toBeLessThanOrEqual(rows);
          expect(r.c1).toBeLessThanOrEqual(cols);
          expect(r.r1).toBeGreaterThan(r.r0);
          expect(r.c1).toBeGreaterThan(r.c0);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("outside the matrix there is no cell", () => {
    const v = initialView(wide);
    expect(cellAt(v, wide, v.tx - 1, v.ty + 1)).toBeNull();
    expect(cellAt(v, wide, v.tx + 0.5, v.ty + 0.5)).toEqual({ row: 0, col: 0 });
  });
});

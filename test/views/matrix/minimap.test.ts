import { describe, expect, test } from "vitest";
import { explore, type SparseMatrix } from "../../../src/core";
import { indexesOf } from "../../../src/model/indexes";
import { seedParams, toExploreParams, withChange } from "../../../src/params/explorerParams";
import { minimapPixels } from "../../../src/views/matrix/minimap";

/** The rule stated per entry: its cell's pixel span (at least one pixel), painted in entry order. */
function reference(w: number, h: number, m: SparseMatrix, entryRow: Int32Array, palette: Uint32Array, zero: number): Uint32Array {
  const buf = new Uint32Array(w * h).fill(zero);
  const sx = w / m.cols;
  const sy = h / m.rows;
  for (let i = 0; i < m.rowPtr[m.rows]; i++) {
    const x = Math.min(w - 1, Math.floor(m.colIdx[i] * sx));
    const y = Math.min(h - 1, Math.floor(entryRow[i] * sy));
    const x1 = Math.max(x + 1, Math.min(w, Math.floor((m.colIdx[i] + 1) * sx)));
    const y1 = Math.max(y + 1, Math.min(h, Math.floor((entryRow[i] + 1) * sy)));
    for (let yy = y; yy < y1; yy++) for (let xx = x; xx < x1; xx++) buf[yy * w + xx] = palette[m.kernelIdx[i]];
  }
  return buf;
}

describe("minimapPixels", () => {
  const p = withChange(seedParams(), { mode: "transposed", inC: 2, outC: 2, inH: 9, inW: 7, kH: 3, kW: 3, stride: [2, 2] });
  const e = explore(toExploreParams(p));
  const m = e.matrix;
  const palette = Uint32Array.from({ length: m.kernelIdx.length ? Math.max(...m.kernelIdx) + 1 : 0 }, (_, k) => 0xff000000 + k * 997);
  const { entryRow } = indexesOf(e);
  // Larger than the matrix (cells of several pixels), smaller (cells share pixels), and mixed.
  for (const [w, h] of [
    [3 * m.cols, 2 * m.rows],
    [13, 29],
    [m.cols + 5, Math.max(1, Math.floor(m.rows / 3))],
    [1, 1],
  ]) {
    test(`at ${w}×${h} px for a ${m.rows}×${m.cols} matrix it paints each entry's cell, later entries on top`, () => {
      const buf = new Uint32Array(w * h);
      minimapPixels(buf, w, h, m, palette, 7);
      expect(Array.from(buf)).toEqual(Array.from(reference(w, h, m, entryRow, palette, 7)));
    });
  }
});

import { describe, expect, test } from "vitest";
import { explore, transpose, type Exploration } from "../../src/core";
import { columnEntries, indexesOf } from "../../src/model/indexes";
import { seedParams, toExploreParams, withChange } from "../../src/params/explorerParams";

function exploration(patch: Parameters<typeof withChange>[1]): Exploration {
  const p = withChange(seedParams(), patch);
  const n = p.input.length;
  const input = Float64Array.from({ length: n }, (_, i) => ((i * 7) % 11) - 5);
  const weight = Float64Array.from({ length: p.weight.length }, (_, i) => ((i * 5) % 9) - 4 + 0.5);
  return explore(toExploreParams({ ...p, input, weight }));
}

const cases = {
  "the seed conv": exploration({}),
  "a transposed conv, stride 2, 2 → 3 channels": exploration({ mode: "transposed", inC: 2, outC: 3, inH: 5, inW: 4, kH: 3, kW: 2, stride: [2, 2] }),
  "a grouped conv with dilation and padding": exploration({ inC: 4, outC: 2, groups: 2, inH: 7, inW: 6, kH: 3, kW: 3, dilation: [2, 1], padding: [1, 2] }),
};

describe("indexesOf", () => {
  for (const [name, e] of Object.entries(cases)) {
    test(`${name}: the entries by column are the transpose's rows, carrying entry indices`, () => {
      const m = e.matrix;
      const nnz = m.rowPtr[m.rows];
      const t = transpose({ ...m, kernelIdx: Int32Array.from({ length: nnz }, (_, i) => i) });
      const { byColumn } = indexesOf(e);
      expect(byColumn.rows).toBe(m.cols);
      expect(Array.from(byColumn.rowPtr)).toEqual(Array.from(t.rowPtr));
      expect(Array.from(byColumn.entries)).toEqual(Array.from(t.kernelIdx));
      for (let c = 0; c < m.cols; c++) {
        const es = columnEntries(e, c);
        for (const en of es) expect(m.colIdx[en]).toBe(c);
        expect(es.map((en) => indexesOf(e).entryRow[en])).toEqual([...es.map((en) => indexesOf(e).entryRow[en])].sort((a, b) => a - b));
      }
    });

    test(`${name}: every entry's row, and the entries of each weight in entry order`, () => {
      const m = e.matrix;
      const { entryRow, kernelPtr, kernelEntries } = indexesOf(e);
      for (let r = 0; r < m.rows; r++) for (let i = m.rowPtr[r]; i < m.rowPtr[r + 1]; i++) expect(entryRow[i]).toBe(r);
      const kernels = kernelPtr.length - 1;
      for (let k = 0; k < kernels; k++) {
        const mine = Array.from(kernelEntries.subarray(kernelPtr[k], kernelPtr[k + 1]));
        const expected = Array.from(m.kernelIdx.keys()).filter((i) => m.kernelIdx[i] === k && i < m.rowPtr[m.rows]);
        expect(mine).toEqual(expected);
      }
    });
  }

  test("is built once per exploration", () => {
    const e = cases["the seed conv"];
    expect(indexesOf(e)).toBe(indexesOf(e));
  });

  test("a column outside the matrix has no entries", () => {
    const e = cases["the seed conv"];
    expect(columnEntries(e, -1)).toEqual([]);
    expect(columnEntries(e, e.matrix.cols)).toEqual([]);
  });
});

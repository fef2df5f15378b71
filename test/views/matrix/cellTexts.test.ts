import { describe, expect, test } from "vitest";
import { explore } from "../../../src/core";
import { denseCells } from "../../../src/views/matrix/cellTexts";
import { seedConv, seedReverse } from "../../worker/helpers";

describe("the DOM matrix's dense cells", () => {
  const e = explore(seedConv());

  test("the seed's C is 4×16: 36 cells hold a stored entry, the 28 others are structural zeros", () => {
    const cells = denseCells(e, "names");
    expect(cells.entry).toHaveLength(64);
    expect(Array.from(cells.entry).filter((i) => i >= 0)).toHaveLength(36);
    expect(cells.text.filter((t) => t === "")).toHaveLength(28);
  });

  test("row 0 (y[0,0]) holds the 3×3 window over columns 0–2, 4–6, 8–10, named w₀₀ … w₂₂", () => {
    const cells = denseCells(e, "names");
    const row0 = cells.text.slice(0, 16);
    expect(row0).toEqual(["w₀₀", "w₀₁", "w₀₂", "", "w₁₀", "w₁₁", "w₁₂", "", "w₂₀", "w₂₁", "w₂₂", "", "", "", "", ""]);
    // each cell's entry is the CSR index whose column it is
    for (let c = 0; c < 16; c++) {
      const i = cells.entry[c];
      if (i >= 0) expect(e.matrix.colIdx[i]).toBe(c);
    }
  });

  test("in values mode a cell shows its weight's value, and says which mode its texts are in", () => {
    const p = seedConv();
    const weight = { ...p.weight, data: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9.5]) };
    const cells = denseCells(explore({ ...p, weight }), "values");
    expect(cells.mode).toBe("values");
    // row 1 is y[0,1]: its window starts one column right
    expect(cells.text.slice(16, 32)).toEqual(["", "1", "2", "3", "", "4", "5", "6", "", "7", "8", "9.5", "", "", "", ""]);
  });

  test("Cᵀ (transposed) is 16×4: the same 36 entries, row and column swapped", () => {
    const ct = denseCells(explore(seedReverse()), "names");
    const c = denseCells(e, "names");
    expect(ct.entry).toHaveLength(64);
    for (let r = 0; r < 4; r++) for (let col = 0; col < 16; col++) expect(ct.text[col * 4 + r]).toBe(c.text[r * 16 + col]);
  });
});

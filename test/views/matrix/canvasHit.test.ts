import { describe, expect, test } from "vitest";
import { explore } from "../../../src/core";
import { indexesOf } from "../../../src/model/indexes";
import { pointAt } from "../../../src/views/matrix/canvasHit";
import { canvasLayout } from "../../../src/views/matrix/canvasLayout";
import { seedConv } from "../../worker/helpers";

describe("what a point on the canvas matrix names", () => {
  const e = explore(seedConv()); // C: 4×16, row 0 reads columns 0–2, 4–6, 8–10
  const m = e.matrix;
  const { entryRow } = indexesOf(e);
  const l = canvasLayout(800, 400);
  const extent = { rows: m.rows, cols: m.cols, width: l.bodyW, height: l.bodyH };
  const view = { k: 20, tx: 0, ty: 0 };
  const at = (x: number, y: number, v = view) => pointAt(m, entryRow, v, extent, l, x, y);

  test("a stored entry names its row, column and CSR index", () => {
    expect(at(l.bodyX + 5 * 20 + 10, l.bodyY + 10)).toEqual({ kind: "entry", row: 0, col: 5, entry: 4 });
    const hit = at(l.bodyX + 9 * 20 + 3, l.bodyY + 3 * 20 + 17);
    expect(hit).toMatchObject({ kind: "entry", row: 3, col: 9 });
    if (hit?.kind === "entry") expect([entryRow[hit.entry], m.colIdx[hit.entry]]).toEqual([3, 9]);
  });

  test("a cell with no entry is a structural zero", () => {
    expect(at(l.bodyX + 3 * 20 + 10, l.bodyY + 10)).toEqual({ kind: "zero", row: 0, col: 3 });
  });

  test("the column strip names an input cell, the row strip an output cell", () => {
    expect(at(l.bodyX + 7 * 20 + 1, l.inStripY + 2)).toEqual({ kind: "col", col: 7 });
    expect(at(l.outStripX + 2, l.bodyY + 2 * 20 + 5)).toEqual({ kind: "row", row: 2 });
    expect(at(l.bodyX - 10, l.bodyY + 3 * 20 + 5)).toEqual({ kind: "row", row: 3 });
  });

  test("past the matrix's last row or column, or off the body, nothing", () => {
    expect(at(l.bodyX + 10, l.bodyY + 4 * 20 + 5)).toBeNull();
    expect(at(l.bodyX + 16 * 20 + 5, l.inStripY + 2)).toBeNull();
    expect(at(2, 2)).toBeNull();
  });

  test("zoomed out below 6 px a cell, the pointer snaps to the nearest entry within 4 px", () => {
    const small = { k: 3, tx: 0, ty: 0 };
    const hit = at(l.bodyX + 3 * 3 + 1, l.bodyY + 1, small); // on structural zero (0, 3)
    expect(hit?.kind).toBe("entry");
    if (hit?.kind === "entry") {
      expect(hit.row).toBe(0);
      expect([2, 4]).toContain(hit.col);
    }
  });
});

/**
 * The URL's hand-writable grid syntax: values separated by `,`, rows by `;`, and channels (or the
 * kernels of a weight tensor) by `/`. All three are legal unescaped in a query string, so a link
 * stays readable: x=1,2,3,4;1,2,3,4/5,6,7,8;5,6,7,8 is two 2×4 channels.
 */

import { normalizeNumberText, numberOr } from "../core/number";

/** Shortest round-trip text of a number, without `+` (which a query string reads as a space). */
export function formatNumber(v: number): string {
  return String(Object.is(v, -0) ? 0 : v).replace("e+", "e");
}

export function formatGrids(data: Float64Array, count: number, rows: number, cols: number): string {
  const grids: string[] = [];
  for (let g = 0; g < count; g++) {
    const lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      const start = (g * rows + r) * cols;
      lines.push(Array.from(data.subarray(start, start + cols), formatNumber).join(","));
    }
    grids.push(lines.join(";"));
  }
  return grids.join("/");
}

export interface ParsedGrids {
  /** The grids kept: at most the caller's cap of grids, rows and columns (the top-left part). */
  count: number;
  rows: number;
  cols: number;
  data: Float64Array;
  /** [grids, rows, columns] as written, before the cap. */
  written: [number, number, number];
  /** How many cells were not numbers (read as 0) and how many rows were ragged (padded with 0). */
  badValues: number;
  raggedRows: number;
  /** Whether the grids disagreed in size (each was cropped or padded to the first one's size). */
  mismatched: boolean;
}

/**
 * Reads grids written by formatGrids (or by hand: full-width forms read as ASCII, core/number.ts);
 * never throws. Cells that are not finite numbers become 0.
 * Only the top-left `cap` is read and stored, so a link written with thousands of rows or grids
 * costs no more memory than the largest grid the app can use.
 */
export function parseGrids(text: string, cap: { count: number; side: number }): ParsedGrids {
  const grids = normalizeNumberText(text).split("/").map((g) => g.split(";").map((row) => row.split(",")));
  const writtenRows = grids[0].length;
  const writtenCols = grids[0].reduce((m, r) => Math.max(m, r.length), 0);
  const count = Math.min(grids.length, cap.count);
  const rows = Math.min(writtenRows, cap.side);
  const cols = Math.min(writtenCols, cap.side);
  const data = new Float64Array(count * rows * cols);
  let badValues = 0;
  let raggedRows = 0;
  let mismatched = false;
  grids.forEach((grid, g) => {
    if (grid.length !== writtenRows || grid.some((r) => r.length !== writtenCols)) mismatched ||= g > 0;
    if (g >= count) return;
    for (let r = 0; r < rows; r++) {
      const row = grid[r] ?? [];
      if (row.length !== writtenCols && g === 0) raggedRows++;
      for (let c = 0; c < cols; c++) {
        const cell = row[c];
        if (cell === undefined) continue;
        const v = numberOr(cell);
        if (Number.isFinite(v)) data[(g * rows + r) * cols + c] = v;
        else badValues++;
      }
    }
  });
  return { count, rows, cols, data, written: [grids.length, writtenRows, writtenCols], badValues, raggedRows, mismatched };
}

import type { SparseMatrix } from "../../core";
import { zoneAt, type CanvasLayout } from "./canvasLayout";
import { lowerBound, nearestEntry } from "./hitTest";
import type { Pointed } from "./useMatrixModel";
import { cellAt, type Extent, type View } from "./viewport";

/** Below this cell width (CSS px) the pointer snaps to the nearest stored entry within 4 px. */
const SNAP_K = 6;
const SNAP_PX = 4;
const MAX_RADIUS = 256;

/**
 * What canvas point (x, y) (CSS px) points at, by the same rule as the DOM matrix: the column
 * strip and numbers name an input cell, the row strip and numbers an output cell, the body an
 * entry or a structural zero. Cost: one binary search, or O(radius · log) when zoomed out.
 */
export function pointAt(m: SparseMatrix, entryRow: Int32Array, v: View, e: Extent, l: CanvasLayout, x: number, y: number): Pointed | null {
  const zone = zoneAt(l, x, y);
  if (zone === "cols") {
    const col = Math.floor((x - l.bodyX - v.tx) / v.k);
    return col >= 0 && col < m.cols ? { kind: "col", col } : null;
  }
  if (zone === "rows") {
    const row = Math.floor((y - l.bodyY - v.ty) / v.k);
    return row >= 0 && row < m.rows ? { kind: "row", row } : null;
  }
  if (zone !== "body") return null;
  const cell = cellAt(v, e, x - l.bodyX, y - l.bodyY);
  if (!cell) return null;
  let entry: number;
  if (v.k < SNAP_K) {
    entry = nearestEntry(m, cell.row, cell.col, Math.min(MAX_RADIUS, Math.ceil(SNAP_PX / v.k)));
  } else {
    const i = lowerBound(m, cell.row, cell.col);
    entry = i < m.rowPtr[cell.row + 1] && m.colIdx[i] === cell.col ? i : -1;
  }
  if (entry < 0) return { kind: "zero", row: cell.row, col: cell.col };
  return { kind: "entry", row: entryRow[entry], col: m.colIdx[entry], entry };
}

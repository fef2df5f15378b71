/**
 * Pan and zoom of the canvas matrix, as pure functions of a view (square cells k CSS px wide; cell
 * (r, c) has its top-left corner at (tx + c·k, ty + r·k) inside the body). No DOM: the component
 * feeds pointer and key events in and draws whatever view comes out.
 */
export interface View {
  k: number;
  tx: number;
  ty: number;
}

/** The matrix and the body it is drawn into (CSS px). */
export interface Extent {
  rows: number;
  cols: number;
  width: number;
  height: number;
}

/** Cells wider than this show their weight's name. */
export const LABEL_K = 26;
/** The closest zoom: a cell 48 px wide. */
export const MAX_K = 48;
/** A matrix far taller than wide would fit as a sliver: below this share of the width, fit the width instead. */
const SLIVER = 0.35;

/** The zoom that shows the whole matrix. */
export function fitK(e: Extent): number {
  return Math.min(e.width / Math.max(1, e.cols), e.height / Math.max(1, e.rows));
}

export function zoomLimits(e: Extent): { min: number; max: number } {
  const min = Math.min(fitK(e), MAX_K);
  return { min, max: Math.max(min, MAX_K) };
}

/**
 * Keeps the zoom in its limits and the matrix on screen: at the top left when it fits (so that
 * vec(input) above it and vec(output) beside it stay next to it), edge to edge when it does not.
 */
export function clampView(v: View, e: Extent): View {
  const { min, max } = zoomLimits(e);
  const k = Math.min(max, Math.max(min, Number.isFinite(v.k) ? v.k : min));
  const axis = (t: number, content: number, room: number): number => {
    if (!Number.isFinite(t)) t = 0;
    if (content <= room) return 0;
    return Math.min(0, Math.max(room - content, t));
  };
  return { k, tx: axis(v.tx, e.cols * k, e.width), ty: axis(v.ty, e.rows * k, e.height) };
}

/**
 * The first view: the whole matrix, unless that would make it a thin sliver (a tall Cᵀ such as
 * 17,161 × 1,024), in which case its full width, from the top; the minimap shows the rest.
 */
export function initialView(e: Extent): View {
  const fit = fitK(e);
  const k = fit * e.cols < SLIVER * e.width ? Math.min(MAX_K, e.width / Math.max(1, e.cols)) : Math.min(MAX_K, fit);
  return clampView({ k, tx: 0, ty: 0 }, e);
}

/** Zooms by `factor` keeping the point (px, py) of the body fixed. */
export function zoomAt(v: View, e: Extent, factor: number, px: number, py: number): View {
  const { min, max } = zoomLimits(e);
  const k = Math.min(max, Math.max(min, v.k * factor));
  const s = k / v.k;
  return clampView({ k, tx: px - (px - v.tx) * s, ty: py - (py - v.ty) * s }, e);
}

export function panBy(v: View, e: Extent, dx: number, dy: number): View {
  return clampView({ k: v.k, tx: v.tx + dx, ty: v.ty + dy }, e);
}

/** Puts the centre of cell (row, col) at the centre of the body, at the current zoom. */
export function centerOn(v: View, e: Extent, row: number, col: number): View {
  return clampView({ k: v.k, tx: e.width / 2 - (col + 0.5) * v.k, ty: e.height / 2 - (row + 0.5) * v.k }, e);
}

/** Rows [r0, r1) and columns [c0, c1) at least partly visible. */
export function visibleRange(v: View, e: Extent): { r0: number; r1: number; c0: number; c1: number } {
  return {
    r0: Math.max(0, Math.floor(-v.ty / v.k)),
    r1: Math.min(e.rows, Math.ceil((e.height - v.ty) / v.k)),
    c0: Math.max(0, Math.floor(-v.tx / v.k)),
    c1: Math.min(e.cols, Math.ceil((e.width - v.tx) / v.k)),
  };
}

/** The cell under body point (x, y), or null outside the matrix. */
export function cellAt(v: View, e: Extent, x: number, y: number): { row: number; col: number } | null {
  const row = Math.floor((y - v.ty) / v.k);
  const col = Math.floor((x - v.tx) / v.k);
  if (row < 0 || col < 0 || row >= e.rows || col >= e.cols) return null;
  return { row, col };
}

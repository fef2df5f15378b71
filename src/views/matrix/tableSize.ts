import { formatNumber } from "../../format/number";

/** Cell width by column count, when there is room for it. */
function preferredWidth(cols: number): number {
  return cols <= 4 ? 56 : cols <= 8 ? 46 : cols <= 16 ? 38 : cols <= 24 ? 30 : cols <= 32 ? 24 : cols <= 48 ? 18 : 15;
}

/** The gap between cells: 1 px once there are many columns, so the cells keep the room. */
export function gapOf(cols: number): number {
  return cols > 12 ? 1 : 2;
}

/** The smallest cell (px): still a pointer target, and a visible square of colour. */
const MIN_CELL = 12;

/** Width of the "=" between the matrix and vec(output). */
export const EQUALS_W = 24;

/** vec(output)'s width from its final values (a running sum can carry one more sign or digit). */
export function outWidth(values: ArrayLike<number>): number {
  let chars = 2;
  for (let i = 0; i < values.length; i++) chars = Math.max(chars, formatNumber(values[i]).length + 1);
  return Math.max(40, Math.ceil(chars * 7.6 + 10));
}

/**
 * Whether the DOM matrix fits `avail` px at its smallest cells; if not, the canvas (which pans
 * and zooms) serves better than a sideways scroll that hides vec(output).
 */
export function domFits(cols: number, avail: number, rowLabelChars: number, outW: number): boolean {
  const fixed = labelWidth(rowLabelChars, true) + EQUALS_W + outW + gapOf(cols) * (cols + 2) + 8;
  return fixed + cols * MIN_CELL <= avail;
}

/** Approximate width of a label of `chars` characters at the table's label size. */
export function labelWidth(chars: number, dense: boolean): number {
  return Math.ceil(chars * (dense ? 5.8 : 6.9) + 14);
}

/**
 * Cell width and height (px): the preferred width for the column count, shrunk to fit `avail` px
 * beside the row labels, the "=" and vec(output); at least MIN_CELL, beyond which the matrix
 * scrolls sideways. Labels are hidden (kept as text, for the tooltip and tests) below 17 px, where
 * cells turn square.
 */
export function cellSize(rows: number, cols: number, avail: number | null, rowLabelChars = 6, outW = 48): { cw: number; ch: number; dense: boolean } {
  let cw = preferredWidth(cols);
  if (avail !== null) {
    const fixed = labelWidth(rowLabelChars, false) + EQUALS_W + outW + gapOf(cols) * (cols + 2) + 8;
    cw = Math.max(MIN_CELL, Math.min(cw, Math.floor((avail - fixed) / cols)));
  }
  const dense = cw < 17;
  const ch = dense ? cw : Math.max(15, Math.min(cw, rows <= 16 ? 32 : rows <= 32 ? 26 : 18));
  return { cw, ch, dense };
}

/** Where the parts of the DOM matrix sit (px), so overlays (brackets, bands) line up with the cells. */
export interface TableGeometry {
  cw: number;
  ch: number;
  gap: number;
  headW: number;
  headH: number;
  outW: number;
  /** Left of column 0, of the "=" and of vec(output). */
  x0: number;
  xEq: number;
  xOut: number;
  /** The matrix body's width and height. */
  width: number;
  height: number;
}

export function tableGeometry(rows: number, cols: number, size: { cw: number; ch: number; dense: boolean }, rowLabelChars: number, colLabelChars: number, outW: number): TableGeometry {
  const gap = gapOf(cols);
  const headW = labelWidth(rowLabelChars, size.dense);
  const vertical = size.cw < 52;
  const headH = vertical ? labelWidth(colLabelChars, size.dense) - 4 : 24;
  const x0 = headW + gap;
  const width = cols * size.cw + (cols - 1) * gap;
  const xEq = x0 + width + gap;
  return { cw: size.cw, ch: size.ch, gap, headW, headH, outW, x0, xEq, xOut: xEq + EQUALS_W + gap, width, height: rows * size.ch + (rows - 1) * gap };
}

/**
 * Where things sit on the canvas matrix (CSS px): row numbers on the left, column numbers on top,
 * vec(input) as a strip above the body (one value over each column), vec(output) as a strip right
 * of the body (one value beside each row), as in the DOM matrix.
 */
export interface CanvasLayout {
  width: number;
  height: number;
  bodyX: number;
  bodyY: number;
  bodyW: number;
  bodyH: number;
  /** Top of the vec(input) strip, and left of the vec(output) strip. */
  inStripY: number;
  outStripX: number;
  strip: number;
}

export const AXIS_LEFT = 56;
export const AXIS_TOP = 24;
export const STRIP = 14;
const GAP = 5;
const RIGHT_LABEL = 18;
const BOTTOM = 6;

/**
 * The layout of a canvas `width` × `height`. Given the matrix's drawn width (`contentW`, CSS px),
 * a matrix narrower than the body keeps vec(output) right beside its last column.
 */
export function canvasLayout(width: number, height: number, contentW = Infinity): CanvasLayout {
  const bodyX = AXIS_LEFT;
  const bodyY = AXIS_TOP + STRIP + GAP;
  const bodyW = Math.max(0, width - bodyX - GAP - STRIP - RIGHT_LABEL);
  const bodyH = Math.max(0, height - bodyY - BOTTOM);
  const outStripX = bodyX + Math.min(bodyW, Math.ceil(contentW)) + GAP;
  return { width, height, bodyX, bodyY, bodyW, bodyH, inStripY: AXIS_TOP, outStripX, strip: STRIP };
}

/** What a canvas point (CSS px) is over: the body, the column strip/axis, the row strip/axis, or nothing. */
export type Zone = "body" | "cols" | "rows" | "none";

export function zoneAt(l: CanvasLayout, x: number, y: number): Zone {
  const inX = x >= l.bodyX && x < l.bodyX + l.bodyW;
  const inY = y >= l.bodyY && y < l.bodyY + l.bodyH;
  // The vec(output) strip first: beside a narrow matrix it lies inside the body's box.
  if (inY && (x < l.bodyX || (x >= l.outStripX && x < l.outStripX + l.strip))) return "rows";
  if (inX && inY) return "body";
  if (inX && y < l.bodyY) return "cols";
  return "none";
}

/** The minimap's size: the matrix's aspect ratio inside maxW × maxH, never thinner than 14 px. */
export function minimapSize(rows: number, cols: number, maxW: number, maxH: number): { w: number; h: number } {
  const aspect = cols / Math.max(1, rows);
  let w = maxW;
  let h = w / aspect;
  if (h > maxH) {
    h = maxH;
    w = h * aspect;
  }
  return { w: Math.max(14, Math.round(w)), h: Math.max(14, Math.round(h)) };
}

/** Largest cell side a view draws (CSS px): the seed's grids at a comfortable reading size. */
export const MAX_CELL_PX = 52;
/**
 * Largest cell side in presenter mode: numbers are 0.38 of the side, so 88 px gives about 33 px
 * type, readable from the back of a room on a 1920×1080 projector (the issue asks for ≥ 28 px).
 */
export const PRESENT_MAX_CELL_PX = 88;
/**
 * Viewport height per px of cell side on a desk screen: a view's "input ∗ kernel" over "= output"
 * of the seed's sizes is about 19 cell sides tall with its captions and the chrome above it, so at
 * 768 px high (40 px cells, 15 px numbers) the whole view sits above the docked player.
 */
export const HEIGHT_PER_CELL = 19;
/** Smallest cell side the height cap leaves: numbers of 12 px at 0.38 of the side. */
export const MIN_SHORT_CELL_PX = 32;

/** The largest cell side on a desk screen `height` px tall: MAX_CELL_PX, less on a short laptop screen. Pure. */
export function maxCellFor(height: number): number {
  return Math.min(MAX_CELL_PX, Math.max(MIN_SHORT_CELL_PX, Math.floor(height / HEIGHT_PER_CELL)));
}
/** Smallest cell side a kernel gets, so its weights stay readable next to a large input. */
const MIN_KERNEL_PX = 24;
/** Largest kernel cell side when the kernel sits on a line of its own under a large input. */
const STACKED_KERNEL_PX = 36;
/** Horizontal room an operator (∗, =) takes with the gaps on either side. */
const OPERATOR_PX = 60;
/** A grid's frame: padding and border on both sides. */
const FRAME_PX = 16;

/**
 * How a view lays out "input ∗ kernel = output": on one line; as "input ∗ kernel" over
 * "= output"; or stacked, one grid a line, when the input is too large to share its line.
 */
export type ViewLayout = "line" | "two" | "stack";

/** Cell sides for a view's three grids, and their layout. */
export interface CellFit {
  input: number;
  kernel: number;
  output: number;
  layout: ViewLayout;
}

/** Cell side for `cols` columns in `room` pixels of cells (a cell plus its gap is about 8/7 of a side). */
function side(room: number, cols: number): number {
  return Math.max(1, Math.floor((room / cols) * (7 / 8)));
}

/**
 * Cell sides for "input ∗ kernel = output" in a view `width` pixels wide: one line when every
 * grid still gets cells of at least 28 px (unless two lines give them a quarter more); else "input ∗ kernel" over "= output" with one cell
 * side for the maps where it fits (so they read at the same scale); else, when sharing its line
 * would shrink a large input's cells below 12 px and 70% of what they get alone, one grid a line. Large grids get small
 * cells (down to a pixel, drawn to a canvas); the kernel keeps readable cells. Pure.
 */
export function fitCells(width: number, inCols: number, kCols: number, outCols: number, max = MAX_CELL_PX): CellFit {
  const line = side(width - 2 * OPERATOR_PX - 3 * FRAME_PX, inCols + kCols + outCols);
  const top = width - OPERATOR_PX - 2 * FRAME_PX;
  const kernel = Math.min(max, Math.max(MIN_KERNEL_PX, side(top, inCols + kCols)));
  const input = Math.min(kernel, side(top - kCols * kernel * (8 / 7), inCols));
  const output = Math.min(Math.max(input, kernel), side(width - OPERATOR_PX - FRAME_PX, outCols));
  // One line unless two lines read clearly larger (a narrow view with room below, as in presenter mode's thirds).
  if (line >= 28 && (line >= max || Math.min(input, output) < 1.25 * line)) {
    const px = Math.min(max, line);
    return { input: px, kernel: px, output: px, layout: "line" };
  }
  const alone = Math.min(max, side(width - FRAME_PX, inCols));
  if (input >= 12 || input >= 0.7 * alone) return { input, kernel, output, layout: "two" };
  const stackedKernel = Math.min(STACKED_KERNEL_PX, Math.max(MIN_KERNEL_PX, side(width - OPERATOR_PX - FRAME_PX, kCols)));
  return { input: alone, kernel: stackedKernel, output: Math.min(alone, side(width - OPERATOR_PX - FRAME_PX, outCols)), layout: "stack" };
}

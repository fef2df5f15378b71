import { withChange, type ExplorerParams } from "../../params/explorerParams";
import { cellIndex, planesOf, valuesOf, type Planes, type ValueGrid } from "./planes";

/** The parameter patch that replaces a grid's values (sizes unchanged). */
export function valuesPatch(grid: ValueGrid, values: Float64Array): Partial<ExplorerParams> {
  return grid === "input" ? { input: values } : { weight: values };
}

/** What a block write touched: its size after clipping to the grid, and whether it was clipped. */
export interface BlockWrite {
  values: Float64Array;
  rows: number;
  cols: number;
  clipped: boolean;
}

/**
 * A grid's values with `block` (rows of numbers) written at (r0, c0) of every target plane,
 * clipped to the plane; every other value stays. The block must be rectangular.
 */
export function writeBlock(
  p: ExplorerParams,
  grid: ValueGrid,
  targets: readonly number[],
  block: readonly (readonly number[])[],
  r0 = 0,
  c0 = 0,
): BlockWrite {
  const planes = planesOf(p, grid);
  const values = valuesOf(p, grid).slice();
  const rows = Math.max(0, Math.min(block.length, planes.rows - r0));
  const cols = Math.max(0, Math.min(block[0]?.length ?? 0, planes.cols - c0));
  for (const plane of targets) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) values[cellIndex(planes, plane, r0 + r, c0 + c)] = block[r][c];
  }
  return { values, rows, cols, clipped: rows < block.length || cols < (block[0]?.length ?? 0) };
}

/** A grid's values with each target plane replaced by its own rows·cols values. */
export function replacePlanes(p: ExplorerParams, grid: ValueGrid, targets: readonly number[], planeValues: readonly (readonly number[])[]): Float64Array {
  const planes: Planes = planesOf(p, grid);
  const values = valuesOf(p, grid).slice();
  const area = planes.rows * planes.cols;
  targets.forEach((plane, k) => values.set(planeValues[k].slice(0, area), plane * area));
  return values;
}

/**
 * The patch that resizes a grid's planes to rows × cols (every surviving value kept, see
 * withChange) and then writes `block` at the top-left of the target planes.
 */
export function resizeAndWritePatch(
  p: ExplorerParams,
  grid: ValueGrid,
  targets: readonly number[],
  block: readonly (readonly number[])[],
): Partial<ExplorerParams> {
  const rows = block.length;
  const cols = block[0]?.length ?? 0;
  const sizes: Partial<ExplorerParams> = grid === "input" ? { inH: rows, inW: cols } : { kH: rows, kW: cols };
  const resized = withChange(p, sizes);
  return { ...sizes, ...valuesPatch(grid, writeBlock(resized, grid, targets, block).values) };
}

import { weightShape, type ExplorerParams } from "../../params/explorerParams";

/** The grids a person types values into: the input, and the kernel (the weight tensor). */
export type ValueGrid = "input" | "kernel";

/**
 * An editable grid as a stack of rows × cols planes: the input's channels [C, H, W], or the
 * weight's kernels, one per [a, b] pair of its [a, b, kH, kW] layout (PyTorch's conv2d
 * [C_out, C_in/groups] or conv_transpose2d [C_in, C_out/groups]).
 */
export interface Planes {
  count: number;
  rows: number;
  cols: number;
  /** The weight's second dimension (pairs are [⌊plane/b⌋, plane mod b]); 1 for the input. */
  b: number;
}

export function planesOf(p: ExplorerParams, grid: ValueGrid): Planes {
  if (grid === "input") return { count: p.inC, rows: p.inH, cols: p.inW, b: 1 };
  const [a, b, kH, kW] = weightShape(p);
  return { count: a * b, rows: kH, cols: kW, b };
}

/** The values of a grid, flat row-major (the kernel as stored: never flipped). */
export function valuesOf(p: ExplorerParams, grid: ValueGrid): Float64Array {
  return grid === "input" ? p.input : p.weight;
}

/** Flat index of cell (r, c) of a plane: (plane·rows + r)·cols + c. */
export function cellIndex(planes: Planes, plane: number, r: number, c: number): number {
  return (plane * planes.rows + r) * planes.cols + c;
}

/** The [a, b] pair of a kernel plane in the weight's layout. */
export function pairOf(planes: Planes, plane: number): [number, number] {
  return [Math.floor(plane / planes.b), plane % planes.b];
}

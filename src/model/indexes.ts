import { transpose, type Exploration, type SparseMatrix } from "../core";

/**
 * Inverse lookups built once per exploration (cached by identity), so a hover or a step reads
 * only the entries it needs: the matrix by column, the matrix by kernel weight, and the
 * upsampled cell of each input value. Cost: O(nnz) once, then O(links) per lookup.
 */
export interface Indexes {
  /** The transpose of `exploration.matrix`: its rows are the matrix's columns (input cells). */
  byColumn: SparseMatrix;
  /** Entry indices of `exploration.matrix` grouped by kernel weight: kernelEntries[kernelPtr[k] .. kernelPtr[k+1]). */
  kernelPtr: Int32Array;
  kernelEntries: Int32Array;
  /** Row of each entry of `exploration.matrix` (CSR stores only the column). */
  entryRow: Int32Array;
  /** The upsampled cell holding each input value (transposed mode), −1 elsewhere. */
  upsampledOf: Int32Array;
  /** The rotated kernel's index of each weight (the inverse of zeroInsertion.rotatedFrom); empty in conv mode. */
  rotatedOf: Int32Array;
}

const cache = new WeakMap<Exploration, Indexes>();

export function indexesOf(e: Exploration): Indexes {
  const hit = cache.get(e);
  if (hit) return hit;
  const m = e.matrix;
  const nnz = m.rowPtr[m.rows];
  const entryRow = new Int32Array(nnz);
  for (let r = 0; r < m.rows; r++) entryRow.fill(r, m.rowPtr[r], m.rowPtr[r + 1]);
  let kernels = 0;
  for (let i = 0; i < nnz; i++) kernels = Math.max(kernels, m.kernelIdx[i] + 1);
  const kernelPtr = new Int32Array(kernels + 1);
  for (let i = 0; i < nnz; i++) kernelPtr[m.kernelIdx[i] + 1]++;
  for (let k = 0; k < kernels; k++) kernelPtr[k + 1] += kernelPtr[k];
  const next = kernelPtr.slice(0, kernels);
  const kernelEntries = new Int32Array(nnz);
  for (let i = 0; i < nnz; i++) kernelEntries[next[m.kernelIdx[i]]++] = i;
  // The transpose keeps entry order within each of its rows sorted by column, but we need entry
  // indices of the original matrix: carry them through the kernelIdx slot of a copy.
  const byColumn = transpose({ ...m, kernelIdx: Int32Array.from({ length: nnz }, (_, i) => i) });
  const upsampledOf = new Int32Array(m.cols).fill(-1);
  const zi = e.zeroInsertion;
  if (zi) for (let z = 0; z < zi.upSource.length; z++) if (zi.upSource[z] >= 0) upsampledOf[zi.upSource[z]] = z;
  const rotatedOf = new Int32Array(zi ? zi.rotatedFrom.length : 0);
  if (zi) for (let r = 0; r < zi.rotatedFrom.length; r++) rotatedOf[zi.rotatedFrom[r]] = r;
  const built = { byColumn, kernelPtr, kernelEntries, entryRow, upsampledOf, rotatedOf };
  cache.set(e, built);
  return built;
}

/** Entry indices of `exploration.matrix` in column `col` (one input cell), by ascending row. */
export function columnEntries(e: Exploration, col: number): number[] {
  const { byColumn } = indexesOf(e);
  if (col < 0 || col >= byColumn.rows) return [];
  return Array.from(byColumn.kernelIdx.subarray(byColumn.rowPtr[col], byColumn.rowPtr[col + 1]));
}

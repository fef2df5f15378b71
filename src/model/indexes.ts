import type { Exploration } from "../core";

/**
 * Inverse lookups built once per exploration (cached by identity), so a hover or a step reads
 * only the entries it needs: the matrix by column, the matrix by kernel weight, and the
 * upsampled cell of each input value. Cost: O(nnz) once, then O(links) per lookup. The build runs
 * on the main thread when a result arrives, at up to ~800,000 entries (issue 14): it is a few
 * counting sorts over typed arrays, with no per-entry callback and no copy of the values.
 */
export interface Indexes {
  /**
   * The matrix's entries grouped by column (input cell): the entry indices of column c are
   * entries[rowPtr[c] .. rowPtr[c+1]), by ascending row (as the transpose would order them).
   */
  byColumn: { rows: number; rowPtr: Int32Array; entries: Int32Array };
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
  // Entries come row by row, so placing them in entry order keeps each column's rows ascending.
  const colPtr = new Int32Array(m.cols + 1);
  for (let i = 0; i < nnz; i++) colPtr[m.colIdx[i] + 1]++;
  for (let c = 0; c < m.cols; c++) colPtr[c + 1] += colPtr[c];
  const at = colPtr.slice(0, m.cols);
  const colEntries = new Int32Array(nnz);
  for (let i = 0; i < nnz; i++) colEntries[at[m.colIdx[i]]++] = i;
  const byColumn = { rows: m.cols, rowPtr: colPtr, entries: colEntries };
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
  return Array.from(byColumn.entries.subarray(byColumn.rowPtr[col], byColumn.rowPtr[col + 1]));
}

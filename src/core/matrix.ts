import type { ConvGeometry } from "./shape";
import { tapRange } from "./tapRange";
import { refusalMaker } from "./problem";

/** The problems matrix.ts raises (see core/problem.ts). */
export const MATRIX_PROBLEMS = { "matrix.vectorLength": ["cols", "got"] } as const;

const refuse = /* @__PURE__ */ refusalMaker(MATRIX_PROBLEMS);

/**
 * A sparse matrix in CSR form. Every stored entry also carries the flat index of the kernel weight
 * it holds, so a view can say "this entry is w[ky,kx]". Structural zeros are not stored; a weight
 * whose value is 0 is still stored, because what the matrix records is connectivity.
 */
export interface SparseMatrix {
  rows: number;
  cols: number;
  /** Entries of row r are [rowPtr[r], rowPtr[r+1]). */
  rowPtr: Int32Array;
  colIdx: Int32Array;
  values: Float64Array;
  /** Flat index into the weight tensor [yC, xC/groups, kH, kW] of each entry. */
  kernelIdx: Int32Array;
}

/**
 * The convolution matrix C of one batch item: y = C·vec(x) + b, with rows the y cells [yC, yH, yW]
 * and columns the x cells [xC, xH, xW], both flattened row-major (Dumoulin & Visin §4.1; the seed's
 * 4×16 matrix). conv_transpose2d with the same geometry and weight is vec(x) = Cᵀ·vec(y) + b.
 * Entries within a row are sorted by column.
 */
export function convMatrix(g: ConvGeometry, weight: Float64Array): SparseMatrix {
  const { xC, xH, xW, yC, yH, yW, kH, kW, sH, sW, pH, pW, dH, dW, groups } = g;
  const rows = yC * yH * yW;
  const cInG = xC / groups;
  const cOutG = yC / groups;
  const rowRanges = Array.from({ length: kH }, (_, ky) => tapRange(ky * dH - pH, sH, xH, yH));
  const colRanges = Array.from({ length: kW }, (_, kx) => tapRange(kx * dW - pW, sW, xW, yW));
  // Count first so the arrays are allocated once at their exact size.
  let nnz = 0;
  for (let ky = 0; ky < kH; ky++) {
    for (let kx = 0; kx < kW; kx++) {
      nnz += (rowRanges[ky][1] - rowRanges[ky][0]) * (colRanges[kx][1] - colRanges[kx][0]);
    }
  }
  nnz *= yC * cInG;
  const rowPtr = new Int32Array(rows + 1);
  const colIdx = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const kernelIdx = new Int32Array(nnz);
  let e = 0;
  for (let co = 0; co < yC; co++) {
    const group = Math.floor(co / cOutG);
    for (let oy = 0; oy < yH; oy++) {
      for (let ox = 0; ox < yW; ox++) {
        rowPtr[(co * yH + oy) * yW + ox] = e;
        for (let cl = 0; cl < cInG; cl++) {
          const xc = group * cInG + cl;
          for (let ky = 0; ky < kH; ky++) {
            const iy = oy * sH - pH + ky * dH;
            if (iy < 0 || iy >= xH) continue;
            for (let kx = 0; kx < kW; kx++) {
              const ix = ox * sW - pW + kx * dW;
              if (ix < 0 || ix >= xW) continue;
              const k = ((co * cInG + cl) * kH + ky) * kW + kx;
              colIdx[e] = (xc * xH + iy) * xW + ix;
              values[e] = weight[k];
              kernelIdx[e] = k;
              e++;
            }
          }
        }
      }
    }
  }
  rowPtr[rows] = e;
  return { rows, cols: xC * xH * xW, rowPtr, colIdx, values, kernelIdx };
}

/** The transpose of a CSR matrix, again in CSR with sorted columns (a counting sort, O(nnz)). */
export function transpose(m: SparseMatrix): SparseMatrix {
  const nnz = m.rowPtr[m.rows];
  const rowPtr = new Int32Array(m.cols + 1);
  for (let e = 0; e < nnz; e++) rowPtr[m.colIdx[e] + 1]++;
  for (let c = 0; c < m.cols; c++) rowPtr[c + 1] += rowPtr[c];
  const next = rowPtr.slice(0, m.cols);
  const colIdx = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const kernelIdx = new Int32Array(nnz);
  for (let r = 0; r < m.rows; r++) {
    for (let e = m.rowPtr[r]; e < m.rowPtr[r + 1]; e++) {
      const dst = next[m.colIdx[e]]++;
      colIdx[dst] = r;
      values[dst] = m.values[e];
      kernelIdx[dst] = m.kernelIdx[e];
    }
  }
  return { rows: m.cols, cols: m.rows, rowPtr, colIdx, values, kernelIdx };
}

/** out = M·v for a CSR matrix (no bias). */
export function matVec(m: SparseMatrix, v: Float64Array): Float64Array {
  if (v.length !== m.cols) {
    throw refuse("matrix.vectorLength", { cols: m.cols, got: v.length }, `vector length must equal the matrix's columns: ${m.cols} (got ${v.length})`);
  }
  const out = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    let s = 0;
    for (let e = m.rowPtr[r]; e < m.rowPtr[r + 1]; e++) s += m.values[e] * v[m.colIdx[e]];
    out[r] = s;
  }
  return out;
}

/** The stored entry at (row, col), or -1 when (row, col) is a structural zero. Binary search within the row. */
export function entryAt(m: SparseMatrix, row: number, col: number): number {
  let lo = m.rowPtr[row];
  let hi = m.rowPtr[row + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = m.colIdx[mid];
    if (c === col) return mid;
    if (c < col) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

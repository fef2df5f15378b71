import type { SparseMatrix } from "../../core";

export interface Links {
  inputs: ReadonlySet<number>;
  outputs: ReadonlySet<number>;
}

export const NO_LINKS: Links = { inputs: new Set(), outputs: new Set() };

/**
 * The cells connected to one cell through the mode's matrix (rows are output cells, columns input
 * cells: C for conv, Cᵀ for transposed). An output cell's row lists its inputs (its receptive
 * field, or the inputs that scatter into it); an input cell's column lists the outputs it reaches.
 * Cost: one row, or one pass over the non-zeros for a column.
 */
export function linkedCells(m: SparseMatrix, side: "input" | "output", index: number): Links {
  if (side === "output") {
    if (index < 0 || index >= m.rows) return NO_LINKS;
    const inputs = new Set<number>();
    for (let e = m.rowPtr[index]; e < m.rowPtr[index + 1]; e++) inputs.add(m.colIdx[e]);
    return { inputs, outputs: new Set([index]) };
  }
  if (index < 0 || index >= m.cols) return NO_LINKS;
  const outputs = new Set<number>();
  for (let r = 0; r < m.rows; r++) {
    for (let e = m.rowPtr[r]; e < m.rowPtr[r + 1]; e++) {
      if (m.colIdx[e] === index) outputs.add(r);
    }
  }
  return { inputs: new Set([index]), outputs };
}

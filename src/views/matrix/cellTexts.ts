import type { Exploration } from "../../core";
import { formatNumber } from "../../format/number";
import { weightLabel } from "./labels";

/** What a stored entry shows in its cell: the weight's name (w₀₂) or its value. */
export type LabelMode = "names" | "values";

/**
 * The DOM matrix's cells, dense: the stored entry at each (row, col), −1 for a structural zero,
 * and each entry's text. Built once per result and label mode; O(rows·cols), which the DOM
 * renderer is limited to anyway (≤ 64×64).
 */
export interface DenseCells {
  entry: Int32Array;
  text: string[];
  /** What the texts are: a screen reader's label for an entry must contain its shown name (WCAG 2.5.3). */
  mode: LabelMode;
}

export function denseCells(e: Exploration, mode: LabelMode): DenseCells {
  const m = e.matrix;
  const entry = new Int32Array(m.rows * m.cols).fill(-1);
  const text = new Array<string>(m.rows * m.cols).fill("");
  const byWeight = new Map<number, string>();
  for (let r = 0; r < m.rows; r++) {
    for (let i = m.rowPtr[r]; i < m.rowPtr[r + 1]; i++) {
      const at = r * m.cols + m.colIdx[i];
      entry[at] = i;
      const k = m.kernelIdx[i];
      let label = byWeight.get(k);
      if (label === undefined) {
        label = mode === "names" ? weightLabel(e.geometry, k) : formatNumber(m.values[i]);
        byWeight.set(k, label);
      }
      text[at] = label;
    }
  }
  return { entry, text, mode };
}

import type { Translate } from "../../i18n";
import { formatNumber } from "../../format/number";
import { indexesOf } from "../../model/indexes";
import { cellName, weightName } from "./labels";
import type { MatrixModel, Pointed } from "./useMatrixModel";

/** The sentence under the matrix: what the pointer is on, else what this step does. */
export function matrixInfo(t: Translate, model: MatrixModel, pointed: Pointed | null): string {
  const { exploration: e, explored, symbols, inShape, outShape, hl } = model;
  const m = e.matrix;
  const g = e.geometry;
  const inName = (i: number) => cellName(symbols.input, inShape, i);
  const outName = (i: number) => cellName(symbols.output, outShape, i);
  const { entryRow, byColumn, kernelPtr } = indexesOf(e);
  if (pointed) {
    switch (pointed.kind) {
      case "entry": {
        const k = m.kernelIdx[pointed.entry];
        const w = weightName(g, k);
        return t("matrix.infoEntry", {
          r: pointed.row,
          c: pointed.col,
          w,
          value: formatNumber(m.values[pointed.entry]),
          input: inName(pointed.col),
          output: outName(pointed.row),
          count: kernelPtr[k + 1] - kernelPtr[k],
        });
      }
      case "zero":
        return t("matrix.infoZero", { r: pointed.row, c: pointed.col, input: inName(pointed.col), output: outName(pointed.row) });
      case "row":
        return t("matrix.infoRow", { r: pointed.row, output: outName(pointed.row), n: m.rowPtr[pointed.row + 1] - m.rowPtr[pointed.row] });
      case "col":
        return t("matrix.infoCol", {
          c: pointed.col,
          input: inName(pointed.col),
          value: formatNumber(explored.input.data[pointed.col]),
          n: byColumn.rowPtr[pointed.col + 1] - byColumn.rowPtr[pointed.col],
        });
    }
  }
  const mo = hl.moment;
  if (mo.step < 0 || mo.step >= mo.steps) return t("matrix.infoIdle", { m: symbols.matrix });
  let text: string;
  if (mo.granularity === "mac" && mo.entries.length === 1 && mo.entries[0] >= 0) {
    const en = mo.entries[0];
    const r = entryRow[en];
    const c = m.colIdx[en];
    text = t("matrix.infoMac", { r, c, output: outName(r), w: weightName(g, m.kernelIdx[en]), input: inName(c) });
  } else if (mo.col >= 0) {
    text = t("matrix.infoScatter", {
      c: mo.col,
      value: formatNumber(explored.input.data[mo.col]),
      input: inName(mo.col),
      n: mo.outputs.length,
    });
  } else if (mo.row >= 0) {
    text = t("matrix.infoGather", {
      r: mo.row,
      input: symbols.input,
      value: formatNumber(mo.output[mo.row]),
      output: outName(mo.row),
      n: m.rowPtr[mo.row + 1] - m.rowPtr[mo.row],
    });
  } else {
    text = t("matrix.infoIdle", { m: symbols.matrix });
  }
  if (mo.step === mo.steps - 1) text += ` ${t("matrix.infoDone", { output: symbols.output, m: symbols.matrix, input: symbols.input })}`;
  return text;
}

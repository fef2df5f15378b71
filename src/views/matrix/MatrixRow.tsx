import { memo, type CSSProperties } from "react";
import type { Translate } from "../../i18n";
import { inkOn, type Fill } from "../../format/colors";
import { formatNumber } from "../../format/number";
import type { DenseCells } from "./cellTexts";
import { navId } from "./tableNav";

/** What every row shares; stable for one result, label mode and language. */
export interface RowContext {
  t: Translate;
  cols: number;
  cells: DenseCells;
  values: Float64Array;
  weightName: (k: number) => string;
  kernelIdx: Int32Array;
  inName: (i: number) => string;
  outName: (i: number) => string;
  weightFill: Fill;
  outFill: Fill;
}

export interface RowProps {
  ctx: RowContext;
  r: number;
  /** This row's vec(output) value after the step (NaN: not computed yet). */
  out: number;
  outWritten: boolean;
  outLinked: boolean;
  /** The step walks this row (gather, or a multiply-add's row): its label is marked. */
  rowBand: boolean;
  /** Columns of this row's active / linked entries, comma-joined (a primitive, so memo compares cheaply). */
  activeCols: string;
  linkedCols: string;
  /** Column of the keyboard cursor in this row (−1: row label, cols: vec(output)), or null. */
  cursor: number | null;
}

/**
 * One row of the DOM matrix: its label, its cells, and its vec(output) value. Memoized on
 * primitives, so a step re-renders only the rows whose highlights change; each row is its own
 * positioned box (a paint layer), so the browser also repaints and re-lays out only those rows.
 */
export const MatrixRow = memo(function MatrixRow(p: RowProps) {
  const { ctx, r } = p;
  const { t, cols, cells } = ctx;
  const active = new Set(p.activeCols ? p.activeCols.split(",").map(Number) : []);
  const linked = new Set(p.linkedCols ? p.linkedCols.split(",").map(Number) : []);
  const tab = (c: number) => (p.cursor === c ? 0 : -1);
  const outName = ctx.outName(r);
  const nodes = [];
  for (let c = 0; c < cols; c++) {
    const e = cells.entry[r * cols + c];
    const stored = e >= 0;
    const isActive = active.has(c);
    let style: CSSProperties | undefined;
    let aria: string;
    let title: string;
    if (stored) {
      const v = ctx.values[e];
      const w = ctx.weightName(ctx.kernelIdx[e]);
      const bg = ctx.weightFill(v);
      if (!isActive) style = { backgroundColor: bg, color: inkOn(bg) };
      // A shown name (w₀₂) is said as shown, so speech input can target the cell by what it reads (WCAG 2.5.3).
      aria =
        cells.mode === "names"
          ? t("matrix.entryNamedAria", { r, c, label: cells.text[r * cols + c], w, value: formatNumber(v) })
          : t("matrix.entryAria", { r, c, w, value: formatNumber(v) });
      title = t("matrix.entryTitle", { w, value: formatNumber(v), input: ctx.inName(c), output: outName });
    } else {
      aria = t("matrix.zeroAria", { r, c });
      title = t("matrix.zeroTitle", { input: ctx.inName(c), output: outName });
    }
    nodes.push(
      <div
        key={c}
        role="gridcell"
        className="mx-cell"
        data-grid="matrix"
        data-r={r}
        data-c={c}
        data-kind={stored ? "entry" : "zero"}
        data-active={isActive ? "true" : undefined}
        data-linked={linked.has(c) ? "true" : undefined}
        data-nav={navId({ r, c })}
        tabIndex={tab(c)}
        aria-label={aria}
        title={title}
        style={style}
      >
        {cells.text[r * cols + c]}
      </div>,
    );
  }
  const outText = formatNumber(p.out);
  const pending = Number.isNaN(p.out);
  const outBg = ctx.outFill(p.out);
  return (
    <div role="row" className="mx-line">
      <div
        role="rowheader"
        className="mx-head mx-rowhead"
        data-pk="row"
        data-i={r}
        data-band={p.rowBand ? "row" : undefined}
        data-linked={p.outLinked ? "true" : undefined}
        data-nav={navId({ r, c: -1 })}
        tabIndex={tab(-1)}
        aria-label={t("matrix.rowAria", { r, cell: outName })}
        title={t("matrix.rowTitle", { r, cell: outName })}
      >
        {outName}
      </div>
      {nodes}
      <div className="mx-eqcell" aria-hidden="true" />
      <div
        role="gridcell"
        className="mx-vec mx-out"
        data-grid="vec-out"
        data-r={r}
        data-c={0}
        data-pk="row"
        data-i={r}
        data-active={p.outWritten ? "true" : undefined}
        data-state={p.outWritten ? "written" : pending ? "pending" : "done"}
        data-linked={p.outLinked ? "true" : undefined}
        data-nav={navId({ r, c: cols })}
        tabIndex={tab(cols)}
        aria-label={pending ? t("matrix.outPendingAria", { r, cell: outName }) : t("matrix.outAria", { r, cell: outName, value: outText })}
        style={pending || p.outWritten ? undefined : { backgroundColor: outBg, color: inkOn(outBg) }}
      >
        {outText}
      </div>
    </div>
  );
});

import { useCallback, useMemo, type ReactNode } from "react";
import type { Translate } from "../../i18n";
import { inkOn } from "../../format/colors";
import { formatNumber } from "../../format/number";
import { useT } from "../useT";
import { Grid, type GridCell, type GridName } from "./Grid";
import { countSet, kindMark, roleOf, type PlaneModel } from "./planeModel";
import { lazyPart } from "../Lazy";

/** Only large grids are drawn on a canvas: its code is fetched when one is shown. */
const CanvasGrid = lazyPart(() => import("./CanvasGrid").then((m) => m.CanvasGrid));

/** Grids up to this many rows and columns are DOM (the testing contract); larger ones are drawn to a canvas. */
export const DOM_GRID_MAX = 32;

export interface PlaneGridProps {
  name: GridName;
  caption: ReactNode;
  /** The grid's name and symbol for labels, e.g. ("Output", "x′"). */
  label: string;
  symbol: string;
  model: PlaneModel;
  cellPx: number;
  onHover?: (r: number, c: number) => void;
  onLeave?: () => void;
  onCellActivate?: (r: number, c: number) => void;
  editor?: { r: number; c: number; node: ReactNode } | null;
}

/** What a screen reader hears for cell i of a plane: its symbol, position, value, and what it stands for. */
type Labelled = Pick<PlaneModel, "cols" | "values" | "offset" | "kinds" | "counts" | "totals">;

function describeCell(t: Translate, m: Labelled, symbol: string, i: number): string {
  const r = Math.floor(i / m.cols);
  const c = i % m.cols;
  const v = m.values[m.offset + i];
  const value = formatNumber(v);
  let text = Number.isNaN(v)
    ? t("grid.cellPendingAria", { symbol, r, c })
    : m.counts && m.totals
      ? t("grid.cellCountAria", { symbol, r, c, value, count: m.counts[i], total: m.totals[i] })
      : t("grid.cellAria", { symbol, r, c, value });
  const mark = m.kinds ? kindMark(m.kinds[m.offset + i]) : undefined;
  if (mark === "inserted") text += t("grid.insertedSuffix");
  else if (mark === "border") text += t("grid.borderSuffix");
  return text;
}

/**
 * One plane of a map or kernel, as a DOM grid up to DOM_GRID_MAX×DOM_GRID_MAX and as a canvas
 * beyond, from the same model (values, fill, marks, links, kinds, counts). Texts and labels of a
 * plane whose values do not change with the step (input, kernel, upsampled) are built once, not
 * per step: a 32×32 input costs no string work while playing.
 */
export function PlaneGrid(props: PlaneGridProps) {
  const { name, caption, label, symbol, model, cellPx, onHover, onLeave, onCellActivate, editor } = props;
  const t = useT();
  const { rows, cols, values, offset, kinds, counts, totals } = model;
  const dom = rows <= DOM_GRID_MAX && cols <= DOM_GRID_MAX;
  const labels = useMemo(() => {
    if (!dom) return null;
    const m: Labelled = { cols, values, offset, kinds, counts, totals };
    return Array.from({ length: rows * cols }, (_, i) => ({ text: formatNumber(values[offset + i]), aria: describeCell(t, m, symbol, i) }));
  }, [dom, rows, cols, values, offset, kinds, counts, totals, symbol, t]);
  const describe = useCallback((r: number, c: number) => describeCell(t, model, symbol, r * cols + c), [t, model, symbol, cols]);

  if (!dom || !labels) {
    const counts = { active: countSet(model.marks), linked: countSet(model.linked) };
    const summary = t("grid.canvasAria", { name: label, symbol, rows, cols, ...counts });
    return (
      <CanvasGrid
        name={name}
        caption={caption}
        ariaLabel={summary}
        model={model}
        counts={counts}
        cellPx={cellPx}
        describe={describe}
        onHover={onHover}
        onLeave={onLeave}
        onCellActivate={onCellActivate}
      />
    );
  }

  const cell = (r: number, c: number): GridCell => {
    const i = r * cols + c;
    const v = values[offset + i];
    const bg = model.fill(v);
    const mark = kinds ? kindMark(kinds[offset + i]) : undefined;
    const count = counts ? counts[i] : 0;
    return {
      text: labels[i].text,
      pending: Number.isNaN(v),
      role: roleOf(model.marks[i]),
      linked: model.linked[i] === 1,
      fill: mark ? undefined : bg,
      ink: mark ? undefined : inkOn(bg),
      badge: count > 0 ? String(count) : undefined,
      mark,
      aria: labels[i].aria,
      title: counts && totals ? t("grid.countTitle", { count, total: totals[i] }) : undefined,
    };
  };
  return (
    <Grid
      name={name}
      caption={caption}
      ariaLabel={t("grid.aria", { name: label, symbol, rows, cols })}
      rows={rows}
      cols={cols}
      cell={cell}
      cellPx={cellPx}
      onHover={onHover}
      onLeave={onLeave}
      onCellActivate={onCellActivate}
      editor={editor}
    />
  );
}

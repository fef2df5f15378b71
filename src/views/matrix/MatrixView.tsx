import { memo, useCallback, useMemo, useState } from "react";
import type { Exploration } from "../../core";
import { useAppStore } from "../../store";
import { useT } from "../useT";
import type { LabelMode } from "./cellTexts";
import { strongRamp } from "./entryColors";
import { MatrixEquation } from "./MatrixEquation";
import { MatrixLegend } from "./MatrixLegend";
import { matrixInfo } from "./matrixInfo";
import { MatrixTable } from "./MatrixTable";
import { cellName } from "./labels";
import { domFits, outWidth } from "./tableSize";
import { useMatrixModel, type Pointed } from "./useMatrixModel";
import { useWidth } from "../useWidth";
import "./matrix.css";
import { lazyPart } from "../Lazy";

/** Only large matrices are drawn on a canvas: its code (a third of the matrix view) is fetched when one is shown. */
const MatrixCanvas = lazyPart(() => import("./MatrixCanvas").then((m) => m.MatrixCanvas));

/**
 * Matrices up to this many rows and columns are drawn as DOM cells (each one testable and
 * focusable) when they fit the width at 12 px cells; larger ones draw to a canvas with pan, zoom
 * and a minimap. At 64×64 = 4,096 cells a step still costs one frame or two (only the rows it
 * changes re-render and repaint).
 */
export const DOM_LIMIT = 64;

function fitsIn(model: NonNullable<ReturnType<typeof useMatrixModel>>, avail: number): boolean {
  const { exploration: e, symbols, outShape } = model;
  return domFits(e.matrix.cols, avail, cellName(symbols.output, outShape, e.matrix.rows - 1).length, outWidth(e.output.data));
}

function zeroShare(nnz: number, cells: number): string {
  const share = 100 * (1 - nnz / cells);
  return share > 99 && share < 100 ? share.toFixed(1) : String(Math.round(share));
}

/**
 * The matrix view: C (conv) or Cᵀ (transposed) times vec(input), accumulating into vec(output) as
 * the steps advance, linked both ways to the grids through the store's focus. Linking rule: a
 * stored entry focuses its kernel weight, a row label or vec(output) value its output cell, a
 * column label or vec(input) value its input cell, and a structural zero nothing.
 */
export const MatrixView = memo(function MatrixView() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const model = useMatrixModel();
  const [section, width] = useWidth<HTMLElement>();
  const [labelMode, setLabelMode] = useState<LabelMode>("names");
  const [pointed, setPointed] = useState<{ e: Exploration; p: Pointed } | null>(null);
  const point = model?.point;
  const exploration = model?.exploration;
  const onPoint = useCallback(
    (p: Pointed | null) => {
      if (!point || !exploration) return;
      setPointed(p ? { e: exploration, p } : null);
      point(p);
    },
    [point, exploration],
  );
  const explored = model?.explored;
  const ramp = useMemo(() => (explored ? strongRamp(explored.weight.data) : null), [explored]);
  const matrix = exploration?.matrix;
  const stats = useMemo(() => {
    if (!matrix) return "";
    const nnz = matrix.rowPtr[matrix.rows];
    const cells = matrix.rows * matrix.cols;
    return t("matrix.stats", { nnz: nnz.toLocaleString(lang), cells: cells.toLocaleString(lang), zeros: zeroShare(nnz, cells) });
  }, [matrix, t, lang]);
  if (!model || !ramp) return null;

  const m = model.exploration.matrix;
  const avail = width === null ? null : width - 8;
  const dom = m.rows <= DOM_LIMIT && m.cols <= DOM_LIMIT && (avail === null || fitsIn(model, avail));
  const mode = model.exploration.mode;
  const current = pointed && pointed.e === model.exploration ? pointed.p : null;
  const pending = model.hl.moment.output.some(Number.isNaN);
  return (
    <section ref={section} className="matrix-view" aria-labelledby="matrix-view-title" data-renderer={dom ? "dom" : "canvas"} data-mode={mode}>
      <header className="mx-header">
        <h2 id="matrix-view-title" className="mx-title">
          {t("matrix.title")}
        </h2>
        <MatrixEquation symbols={model.symbols} rows={m.rows} cols={m.cols} bias={model.explored.bias !== null} />
        <p className="mx-stats">{stats}</p>
        <div className="mx-toggle" role="group" aria-label={t("matrix.labelMode")}>
          <span className="mx-toggle-label" aria-hidden="true">
            {t("matrix.labelMode")}
          </span>
          {(["names", "values"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={labelMode === v} onClick={() => setLabelMode(v)}>
              {v === "names" ? t("matrix.labelNames") : t("matrix.labelValues")}
            </button>
          ))}
        </div>
      </header>
      <p className="mx-lead">{mode === "conv" ? t("matrix.leadConv") : t("matrix.leadTransposed")}</p>
      {dom ? (
        <MatrixTable model={model} labelMode={labelMode} onPoint={onPoint} avail={avail} />
      ) : (
        <MatrixCanvas model={model} ramp={ramp} labelMode={labelMode} onPoint={onPoint} pointed={current} />
      )}
      <p className="mx-info">
        {matrixInfo(t, model, current)}
      </p>
      <footer className="mx-footer">
        <MatrixLegend ramp={dom ? null : ramp} pending={pending} />
        <p className="mx-hint">{t("matrix.hint")}</p>
      </footer>
    </section>
  );
});

import { useId, useMemo, useRef, useState } from "react";
import { formatNumber } from "../../format/number";
import { indexesOf } from "../../model/indexes";
import { useT } from "../useT";
import { pointAt } from "./canvasHit";
import { canvasLayout } from "./canvasLayout";
import type { LabelMode } from "./cellTexts";
import { strongRamp, weightPalette, type Ramp } from "./entryColors";
import { cellName, weightLabel, weightName } from "./labels";
import type { Scene } from "./scene";
import { useCanvasInput, ZOOM_STEP } from "./useCanvasInput";
import { useCanvasRenderer } from "./useCanvasRenderer";
import { useFollowStep } from "./useFollowStep";
import type { MatrixModel, Pointed } from "./useMatrixModel";
import { MAX_K } from "./viewport";

export interface MatrixCanvasProps {
  model: MatrixModel;
  ramp: Ramp;
  labelMode: LabelMode;
  onPoint: (p: Pointed | null) => void;
  pointed: Pointed | null;
}

/** The canvas height (px) that shows a `rows` × `cols` matrix at the full width of a `width` px box, at least 150. */
function fittedHeight(rows: number, cols: number, width: number): number {
  const l = canvasLayout(width, 0);
  return Math.max(150, Math.ceil(l.bodyY + rows * Math.min(MAX_K, l.bodyW / cols) + 8));
}

/** "0.81", "4.5", "24": two significant digits below 10 px. */
function cellSizeText(k: number): string {
  return k >= 10 ? String(Math.round(k)) : k >= 1 ? k.toFixed(1) : k.toPrecision(2);
}

/**
 * The matrix for configurations too large for DOM cells (up to ~17,000 × 1,024 and ~2M stored
 * entries): a canvas with pan (drag, arrow keys) and zoom (wheel, +/−, buttons), a minimap, and
 * hover hit-testing that sets the store's focus by the same rule as the DOM matrix.
 */
export function MatrixCanvas({ model, ramp, labelMode, onPoint, pointed }: MatrixCanvasProps) {
  const t = useT();
  const { exploration, explored, symbols, inShape, outShape, hl, focus } = model;
  const m = exploration.matrix;
  const g = exploration.geometry;
  const box = useRef<HTMLDivElement>(null);
  const base = useRef<HTMLCanvasElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const mini = useRef<HTMLCanvasElement>(null);
  const stableRefs = useMemo(() => ({ box, base, canvas, mini }), []);
  const rangeId = useId();
  const [follow, setFollow] = useState(true);
  const [tip, setTip] = useState<{ x: number; y: number; flip: boolean; up: boolean; lines: string[] } | null>(null);
  const { entryRow } = indexesOf(exploration);
  const palette = useMemo(() => weightPalette(explored.weight.data, ramp), [explored, ramp]);
  const colors = useMemo(
    () => ({ inPacked: strongRamp(explored.input.data).packed, outPacked: strongRamp(exploration.output.data).packed }),
    [explored, exploration],
  );
  const names = useMemo(() => ({ input: symbols.input, output: symbols.output }), [symbols]);
  const scene = useMemo<Scene>(
    () => ({
      m,
      entryRow,
      palette,
      input: explored.input.data,
      output: hl.moment.output,
      ...colors,
      active: hl.moment.entries,
      linked: hl.linked.entries,
      activeInputs: hl.moment.inputs,
      activeOutputs: hl.moment.outputs,
      linkedInputs: hl.linked.inputs,
      linkedOutputs: hl.linked.outputs,
      bandRow: hl.moment.row,
      bandCol: hl.moment.col,
      focusRow: focus?.kind === "output" ? focus.index : -1,
      focusCol: focus?.kind === "input" ? focus.index : -1,
      pointed: pointed && pointed.kind !== "row" && pointed.kind !== "col" ? pointed : null,
      label: labelMode === "names" ? (e) => weightLabel(g, m.kernelIdx[e]) : (e) => formatNumber(m.values[e]),
    }),
    [m, g, entryRow, palette, explored, hl, colors, focus, pointed, labelMode],
  );
  const r = useCanvasRenderer(stableRefs, scene, names);

  useFollowStep(r, exploration, hl.moment, follow);
  const last = useRef("");
  const point = (p: Pointed | null, at?: { x: number; y: number }) => {
    const key = JSON.stringify(p);
    if (key === last.current) return;
    last.current = key;
    onPoint(p);
    const el = stableRefs.box.current;
    const [w, h] = [el?.clientWidth ?? 0, el?.clientHeight ?? 0];
    setTip(p && at ? { ...at, flip: at.x > w * 0.6, up: at.y > h * 0.7, lines: tipLines(p) } : null);
  };
  const inName = (i: number) => cellName(symbols.input, inShape, i);
  const outName = (i: number) => cellName(symbols.output, outShape, i);
  const tipLines = (p: Pointed): string[] => {
    switch (p.kind) {
      case "entry":
        return [`${weightName(g, m.kernelIdx[p.entry])} = ${formatNumber(m.values[p.entry])}`, `${inName(p.col)} → ${outName(p.row)}`];
      case "zero":
        return [t("matrix.zeroTitle", { input: inName(p.col), output: outName(p.row) })];
      case "row":
        return [`${t("matrix.rowTitle", { r: p.row, cell: outName(p.row) })} = ${formatNumber(hl.moment.output[p.row]) || "…"}`];
      case "col":
        return [`${t("matrix.colTitle", { c: p.col, cell: inName(p.col) })} = ${formatNumber(explored.input.data[p.col])}`];
    }
  };

  const hit = (x: number, y: number) => pointAt(m, entryRow, r.view(), r.extent(), r.layout(), x, y);
  const anchor = () => {
    const mo = hl.moment;
    const first = mo.entries.find((i) => i >= 0) ?? -1;
    if (first < 0) return null;
    return { row: mo.row >= 0 ? mo.row : entryRow[first], col: mo.col >= 0 ? mo.col : m.colIdx[first] };
  };
  const input = useCanvasInput(r, stableRefs.canvas, hit, point, () => setTip(null), anchor);

  const nnz = m.rowPtr[m.rows];
  const ro = r.readout;
  // A wide, short matrix (8 × 32) gets a short canvas: no taller than the matrix at its full width.
  const fitted = r.width === null ? null : fittedHeight(m.rows, m.cols, r.width);
  return (
    <div className="mx-canvas-wrap">
      <div className="mx-toolbar">
        <div className="mx-zoom" role="group" aria-label={t("matrix.canvasHelp")}>
          <button type="button" onClick={() => input.zoomBy(1 / ZOOM_STEP)} title={t("matrix.zoomOutTitle")} aria-label={t("matrix.zoomOut")}>
            −
          </button>
          <output className="mx-zoom-level" aria-live="off">
            {ro ? t("matrix.zoomLevel", { size: cellSizeText(ro.cell) }) : ""}
          </output>
          <button type="button" onClick={() => input.zoomBy(ZOOM_STEP)} title={t("matrix.zoomInTitle")} aria-label={t("matrix.zoomIn")}>
            +
          </button>
          <button type="button" className="mx-fit" onClick={() => r.reset()} title={t("matrix.zoomFitTitle")}>
            {t("matrix.zoomFit")}
          </button>
        </div>
        <label className="mx-follow" title={t("matrix.followTitle")}>
          <input type="checkbox" checked={follow} onChange={(ev) => setFollow(ev.target.checked)} />
          {t("matrix.follow")}
        </label>
        <span className="mx-range" id={rangeId}>
          {ro ? t("matrix.viewRange", { r0: ro.r0, r1: Math.max(ro.r0, ro.r1 - 1), c0: ro.c0, c1: Math.max(ro.c0, ro.c1 - 1), rows: m.rows, cols: m.cols }) : ""}
        </span>
        <span className="mx-help">{t("matrix.canvasHelp")}</span>
      </div>
      <div className="mx-stage">
        <div
          ref={stableRefs.box}
          className="mx-viewport"
          tabIndex={0}
          role="region"
          aria-label={t("matrix.canvasAria", { m: symbols.matrix, rows: m.rows, cols: m.cols, nnz, input: symbols.input, output: symbols.output })}
          aria-describedby={rangeId}
          onKeyDown={input.onKeyDown}
          style={fitted === null ? undefined : { height: `min(var(--mx-canvas-h), ${fitted}px)` }}
        >
          <canvas ref={stableRefs.base} className="mx-canvas" aria-hidden="true" />
          <canvas
            ref={stableRefs.canvas}
            className="mx-canvas"
            data-grid="matrix-canvas"
            onPointerDown={input.onPointerDown}
            onPointerMove={input.onPointerMove}
            onPointerUp={input.onPointerUp}
            onPointerCancel={input.onPointerUp}
            onPointerLeave={input.onPointerLeave}
            onDoubleClick={input.onDoubleClick}
          />
          {tip ? (
            <div
              className="mx-tip"
              role="tooltip"
              style={{
                left: tip.flip ? tip.x - 14 : tip.x + 14,
                top: tip.up ? tip.y - 10 : tip.y + 14,
                transform: `translate(${tip.flip ? "-100%" : "0"}, ${tip.up ? "-100%" : "0"})`,
              }}
            >
              {tip.lines.map((line, i) => (
                <div key={i}>{line}</div>
              ))}
            </div>
          ) : null}
        </div>
        <div className="mx-minimap-box">
          <canvas
            ref={stableRefs.mini}
            className="mx-minimap"
            role="img"
            aria-label={t("matrix.minimap")}
            title={t("matrix.minimap")}
            onPointerDown={input.onMini}
            onPointerMove={input.onMini}
          />
        </div>
      </div>
    </div>
  );
}

import { useCallback, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent } from "react";
import { valueFill } from "../../format/colors";
import { indexesOf } from "../../model/indexes";
import { useT } from "../useT";
import { denseCells, type LabelMode } from "./cellTexts";
import { strongRamp } from "./entryColors";
import { cellName, weightName } from "./labels";
import { MatrixHeader } from "./MatrixHeader";
import { Band, Brackets } from "./MatrixOverlays";
import { MatrixRow, type RowContext } from "./MatrixRow";
import { navId, navKey, type NavPos } from "./tableNav";
import { cellSize, outWidth, tableGeometry } from "./tableSize";
import type { MatrixModel, Pointed } from "./useMatrixModel";

function byRow(entries: ReadonlySet<number>, entryRow: Int32Array, colIdx: Int32Array): Map<number, string> {
  const lists = new Map<number, number[]>();
  for (const e of entries) {
    const r = entryRow[e];
    const list = lists.get(r);
    if (list) list.push(colIdx[e]);
    else lists.set(r, [colIdx[e]]);
  }
  const out = new Map<number, string>();
  for (const [r, list] of lists) out.set(r, list.sort((a, b) => a - b).join(","));
  return out;
}

export interface MatrixTableProps {
  model: MatrixModel;
  labelMode: LabelMode;
  onPoint: (p: Pointed | null) => void;
  /** Width available (px), or null where nothing is measured (jsdom): then cells take their preferred size. */
  avail: number | null;
}

/**
 * The DOM matrix for small configurations (≤ 64×64): every cell an element (data-grid="matrix"),
 * vec(input) above the columns (data-grid="vec-in") and vec(output) beside the rows
 * (data-grid="vec-out"). Every line has the same fixed widths, so rows, columns and vectors line
 * up, and brackets and bands are placed over them from the same numbers (tableSize.ts).
 */
export function MatrixTable({ model, labelMode, onPoint, avail }: MatrixTableProps) {
  const t = useT();
  const { exploration, explored, symbols, inShape, outShape, hl, focus } = model;
  const m = exploration.matrix;
  const g = exploration.geometry;
  const { rows, cols } = m;
  const rowLabel = cellName(symbols.output, outShape, rows - 1).length;
  const outW = useMemo(() => outWidth(exploration.output.data), [exploration]);
  const size = cellSize(rows, cols, avail, rowLabel, outW);
  const geo = tableGeometry(rows, cols, size, rowLabel, cellName(symbols.input, inShape, cols - 1).length, outW);
  const cells = useMemo(() => denseCells(exploration, labelMode), [exploration, labelMode]);
  const ctx = useMemo<RowContext>(
    () => ({
      t,
      cols,
      cells,
      values: m.values,
      kernelIdx: m.kernelIdx,
      weightName: (k) => weightName(g, k),
      inName: (i) => cellName(symbols.input, inShape, i),
      outName: (i) => cellName(symbols.output, outShape, i),
      // Dense cells hide their labels, so their colour carries the pattern: the canvas's stronger ramp.
      weightFill: size.dense ? strongRamp(explored.weight.data).css : valueFill(explored.weight.data),
      outFill: valueFill(exploration.output.data),
    }),
    [t, cols, cells, m, g, symbols, inShape, outShape, explored, exploration, size.dense],
  );
  const inFill = useMemo(() => valueFill(explored.input.data), [explored]);
  const { entryRow } = indexesOf(exploration);
  const activeByRow = useMemo(() => byRow(hl.active, entryRow, m.colIdx), [hl.active, entryRow, m.colIdx]);
  const linkedByRow = useMemo(() => byRow(hl.linkedEntries, entryRow, m.colIdx), [hl.linkedEntries, entryRow, m.colIdx]);
  const activeInKey = useMemo(() => [...hl.activeInputs].sort((a, b) => a - b).join(","), [hl.activeInputs]);
  const linkedInKey = useMemo(() => [...hl.linked.inputs].sort((a, b) => a - b).join(","), [hl.linked.inputs]);

  const [cursor, setCursor] = useState<NavPos>({ r: 0, c: 0 });
  const box = useRef<HTMLDivElement>(null);
  const last = useRef<string>("");

  const pointedOf = useCallback(
    (el: Element | null): Pointed | null => {
      const hit = el?.closest<HTMLElement>('[data-grid="matrix"], [data-pk]');
      if (!hit) return null;
      if (hit.dataset.grid === "matrix") {
        const row = Number(hit.dataset.r);
        const col = Number(hit.dataset.c);
        const entry = cells.entry[row * cols + col];
        return entry >= 0 ? { kind: "entry", row, col, entry } : { kind: "zero", row, col };
      }
      const i = Number(hit.dataset.i);
      return hit.dataset.pk === "row" ? { kind: "row", row: i } : { kind: "col", col: i };
    },
    [cells, cols],
  );
  const point = useCallback(
    (p: Pointed | null) => {
      const key = JSON.stringify(p);
      if (key === last.current) return;
      last.current = key;
      onPoint(p);
    },
    [onPoint],
  );
  const onMouseOver = (ev: MouseEvent) => point(pointedOf(ev.target as Element));
  const onMouseLeave = () => point(null);
  const onFocus = (ev: FocusEvent) => {
    const el = ev.target as HTMLElement;
    const nav = el.dataset.nav;
    if (nav) {
      const [r, c] = nav.split(":").map(Number);
      if (r !== cursor.r || c !== cursor.c) setCursor({ r, c });
    }
    point(pointedOf(el));
  };
  const onBlur = (ev: FocusEvent) => {
    if (!box.current?.contains(ev.relatedTarget as Node | null)) point(null);
  };
  const onKeyDown = (ev: KeyboardEvent) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const next = navKey(cursor, ev.key, rows, cols);
    if (!next) return;
    ev.preventDefault();
    setCursor(next);
    box.current?.querySelector<HTMLElement>(`[data-nav="${navId(next)}"]`)?.focus();
  };

  const moment = hl.moment;
  const rowFocus = focus?.kind === "output" ? focus.index : -1;
  const colFocus = focus?.kind === "input" ? focus.index : -1;
  const rowNodes = [];
  for (let r = 0; r < rows; r++) {
    rowNodes.push(
      <MatrixRow
        key={r}
        ctx={ctx}
        r={r}
        out={moment.output[r]}
        outWritten={hl.activeOutputs.has(r)}
        outLinked={hl.linked.outputs.has(r)}
        rowBand={moment.row === r}
        activeCols={activeByRow.get(r) ?? ""}
        linkedCols={linkedByRow.get(r) ?? ""}
        cursor={cursor.r === r ? cursor.c : null}
      />,
    );
  }
  const vertical = size.cw < 52;
  const style = {
    "--mx-hw": `${geo.headW}px`,
    "--mx-hh": `${geo.headH}px`,
    "--mx-vw": `${geo.outW}px`,
    "--mx-cw": `${size.cw}px`,
    "--mx-ch": `${size.ch}px`,
    "--mx-gap": `${geo.gap}px`,
  } as CSSProperties;

  return (
    <div className="mx-scroll">
      <div
        ref={box}
        className={`mx-table${size.dense ? " dense" : ""}`}
        role="grid"
        aria-label={t("matrix.gridAria", { m: symbols.matrix, rows, cols, input: symbols.input, output: symbols.output })}
        aria-rowcount={rows + 2}
        style={style}
        onMouseOver={onMouseOver}
        onMouseLeave={onMouseLeave}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      >
        <MatrixHeader
          ctx={ctx}
          symbols={symbols}
          input={explored.input.data}
          inFill={inFill}
          vertical={vertical}
          x0={geo.x0}
          width={geo.width}
          colBand={moment.col}
          activeKey={activeInKey}
          linkedKey={linkedInKey}
          cursor={cursor.r === -1 ? cursor.c : null}
        />
        <div className="mx-body" style={{ height: geo.height }}>
          {rowNodes}
          <Brackets g={geo} />
          <Band kind="focus" axis="row" i={rowFocus} g={geo} />
          <Band kind="focus" axis="col" i={colFocus} g={geo} />
          <Band kind="col" axis="col" i={moment.col} g={geo} />
          <Band kind="row" axis="row" i={moment.row} g={geo} />
        </div>
      </div>
    </div>
  );
}

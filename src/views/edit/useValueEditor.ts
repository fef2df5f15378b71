import { createElement, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { quoted } from "../../core/problem";
import { hasPart, needMessages } from "../../i18n";
import { useAppStore, useAppStoreApi } from "../../store";
import { formatNumber } from "../../format/number";
import { useLocalizeProblem } from "../useLocalizeProblem";
import { useT } from "../useT";
import type { EditorMove, PasteOutcome } from "./CellEditor";
import type { CellValueProblem } from "./parseCellValue";
import { cellIndex, pairOf, planesOf, valuesOf, type ValueGrid } from "./planes";
import { valuesPatch } from "./valuePatch";

/** Props a Grid takes to let a person type a value into a cell. */
export interface ValueEditorProps {
  onCellActivate?: (r: number, c: number) => void;
  editor?: { r: number; c: number; node: ReactNode } | null;
}

export interface ValueEditorOptions {
  /**
   * The grid shows the kernel rotated 180° (true convolution): cell (r, c) then edits the stored
   * weight at (kH−1−r, kW−1−c), so what is typed lands where it is seen.
   */
  flipped?: boolean;
}

interface OpenCell {
  r: number;
  c: number;
  /** Bumped to restart the editor on the same cell (after a paste changed its value). */
  version: number;
  notice: string | null;
}

const PROBLEM_KEYS = {
  empty: "edit.cellEmpty",
  notNumber: "edit.cellNotNumber",
  notFinite: "edit.cellNotFinite",
  range: "edit.cellRange",
} as const satisfies Record<CellValueProblem, string>;

/**
 * What an open editor needs beyond the start page: the editor, the value and paste parsers, and
 * their words (the later messages), fetched when the first cell opens (a click before they are
 * here opens the cell once they are). Tests fetch them up front (test/setup.ts).
 */
interface EditorParts {
  CellEditor: typeof import("./CellEditor").CellEditor;
  parseCellValue: typeof import("./parseCellValue").parseCellValue;
  editText: typeof import("./parseCellValue").editText;
  parseMatrix: typeof import("../../core/paste").parseMatrix;
}
let parts: EditorParts | null = null;
export function loadEditorParts(): Promise<void> {
  return Promise.all([import("./CellEditor"), import("./parseCellValue"), import("../../core/paste"), needMessages("later")]).then(([editor, value, paste]) => {
    parts = { CellEditor: editor.CellEditor, parseCellValue: value.parseCellValue, editText: value.editText, parseMatrix: paste.parseMatrix };
  });
}

/** Text that holds more than one value (a row, a matrix, a printout), as opposed to one number. */
function isMultiCell(text: string): boolean {
  return /[\s,;[\]]/.test(text.trim());
}

/**
 * Inline editing of one plane of the input (channel `channel`) or of the weight (the kernel of
 * the `channel`-th [a, b] pair). A click opens a preselected field in place of the cell; commits go
 * through store.setValue with the flat index (plane·rows + r)·cols + c, refusals leave the value
 * as it was. Pasting multi-cell text writes the block from the cell being edited.
 */
export function useValueEditor(grid: ValueGrid, channel: number, rows: number, cols: number, options: ValueEditorOptions = {}): ValueEditorProps {
  const t = useT();
  const localize = useLocalizeProblem();
  const api = useAppStoreApi();
  const [open, setOpen] = useState<OpenCell | null>(null);
  // Read only while an editor is open: the views that edit would otherwise re-render on every
  // parameter change just to hold an editor nobody opened.
  const params = useAppStore((s) => (open ? s.params : null));
  /** The cell slot to give focus back to when the editor closes (keyboard users keep their place). */
  const returnFocus = useRef<HTMLElement | null>(null);
  const flipped = options.flipped === true && grid === "kernel";

  const planes = useMemo(() => (params ? planesOf(params, grid) : null), [params, grid]);
  const plane = planes ? Math.max(0, Math.min(planes.count - 1, channel)) : 0;
  const current = open && planes && open.r < rows && open.c < cols && rows === planes.rows && cols === planes.cols ? open : null;

  useEffect(() => {
    if (current || !returnFocus.current) return;
    const slot = returnFocus.current;
    returnFocus.current = null;
    const target = slot.hasAttribute("tabindex") ? slot : slot.querySelector<HTMLElement>("[tabindex]");
    if (target && document.activeElement === document.body) target.focus();
  }, [current]);

  const onCellActivate = useCallback((r: number, c: number) => {
    const show = () => setOpen((o) => (o && o.r === r && o.c === c ? o : { r, c, version: 0, notice: null }));
    // A cell opened before the editor's parts arrived (loadEditorParts) opens once they have.
    if (parts && hasPart(api.getState().lang, "later")) show();
    else loadEditorParts().then(show, () => undefined);
  }, [api]);

  const editor = useMemo(() => {
    if (!current || !params || !planes || !parts) return null;
    const { CellEditor, parseCellValue, editText, parseMatrix } = parts;
    const { r, c } = current;
    const symbolBase = grid === "kernel" ? "w" : params.mode === "conv" ? "x" : "y";
    const planeTag = planes.count > 1 ? (grid === "kernel" ? `[${pairOf(planes, plane).join(",")}]` : `[${plane}]`) : "";
    const symbol = symbolBase + planeTag;
    const indexOf = (rr: number, cc: number): number =>
      flipped ? cellIndex(planes, plane, rows - 1 - rr, cols - 1 - cc) : cellIndex(planes, plane, rr, cc);
    const values = valuesOf(params, grid);
    const value = values[indexOf(r, c)];

    const close = (): void => {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement ? active.closest<HTMLElement>(".cell-slot") : null;
      setOpen(null);
    };
    const moveTo = (move: EditorMove): void => {
      const at = r * cols + c + (move === "next" ? 1 : -1);
      if (move === null || at < 0 || at >= rows * cols) close();
      else setOpen({ r: Math.floor(at / cols), c: at % cols, version: 0, notice: null });
    };
    const onCommit = (text: string, move: EditorMove): string | null => {
      const parsed = parseCellValue(text);
      if (!parsed.ok) return t(PROBLEM_KEYS[parsed.problem], { text: quoted(text.trim()), value: formatNumber(value) });
      if (parsed.value !== value) {
        const problem = api.getState().setValue(grid, indexOf(r, c), parsed.value);
        if (problem) return t("edit.refused", { problem: localize(problem) });
      }
      moveTo(move);
      return null;
    };
    const onPaste = (text: string): PasteOutcome | null => {
      if (!isMultiCell(text)) return null;
      const parsed = parseMatrix(text);
      if (!parsed.ok) return { error: t("edit.pasteBad", { error: localize(parsed.problem) }) };
      // The block lands from the edited cell to the right and down, as the person sees the grid.
      const fitRows = Math.min(parsed.rows.length, rows - r);
      const fitCols = Math.min(parsed.rows[0].length, cols - c);
      const next = values.slice();
      for (let i = 0; i < fitRows; i++) for (let j = 0; j < fitCols; j++) next[indexOf(r + i, c + j)] = parsed.rows[i][j];
      const problem = api.getState().setParams(valuesPatch(grid, next));
      if (problem) return { error: t("edit.refused", { problem: localize(problem) }) };
      const vars = { rows: fitRows, cols: fitCols, symbol, r, c };
      const clipped = fitRows < parsed.rows.length || fitCols < parsed.rows[0].length;
      const notice = clipped ? t("edit.pastedClipped", vars) : t("edit.pastedAt", vars);
      setOpen({ r, c, version: current.version + 1, notice });
      return {};
    };
    const node = createElement(CellEditor, {
      key: `${r},${c},${current.version}`,
      initial: editText(value),
      label: t("edit.cellLabel", { symbol, r, c }),
      title: t("edit.cellTitle"),
      notice: current.notice,
      onCommit,
      onCancel: close,
      onPaste,
    });
    return { r, c, node };
  }, [current, params, grid, plane, planes, rows, cols, flipped, t, api]);

  return { onCellActivate, editor };
}

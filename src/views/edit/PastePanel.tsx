import type { Problem } from "../../core/problem";
import { useEffect, useId, useRef, useState } from "react";
import { parseMatrix } from "../../core";
import { problemOf, withChange, type ExplorerParams } from "../../params/explorerParams";
import { useAppStore } from "../../store";
import { useLocalizeProblem } from "../useLocalizeProblem";
import { useT } from "../useT";
import { planesOf, type ValueGrid } from "./planes";
import { resizeAndWritePatch, valuesPatch, writeBlock } from "./valuePatch";

type Outcome = { kind: "bad"; message: string } | { kind: "mismatch"; rows: number[][] } | null;

export interface PastePanelProps {
  grid: ValueGrid;
  /** The planes (channels or kernels) the matrix is written into. */
  targets: readonly number[];
  symbol: string;
  /** Proposes a change to the store; returns why it was refused, or null after announcing `done`. */
  apply: (patch: Partial<ExplorerParams>, done: string) => Problem | null;
  /** The box opened (the toolbar clears its last message). */
  onOpen?: () => void;
}

/**
 * A paste box: rows of numbers, JSON, or a NumPy / PyTorch printout (parseMatrix). Text it cannot
 * read gets the reason and changes nothing; a matrix of another size offers to resize the grid to
 * it, or to paste into (or from) the top-left part.
 */
export function PastePanel(props: PastePanelProps) {
  const { grid, targets, symbol, apply, onOpen } = props;
  const t = useT();
  const localize = useLocalizeProblem();
  const params = useAppStore((s) => s.params);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const helpId = useId();
  const planes = planesOf(params, grid);

  useEffect(() => {
    if (open) areaRef.current?.focus();
  }, [open]);

  const close = (): void => {
    setOpen(false);
    setOutcome(null);
    toggleRef.current?.focus();
  };
  const finish = (patch: Partial<ExplorerParams>, rows: number, cols: number): void => {
    const problem = apply(patch, t("edit.pasted", { rows, cols, symbol }));
    if (problem) setOutcome({ kind: "bad", message: t("edit.refused", { problem: localize(problem) }) });
    else close();
  };
  const pasteTopLeft = (rows: number[][]): void => {
    const written = writeBlock(params, grid, targets, rows);
    finish(valuesPatch(grid, written.values), written.rows, written.cols);
  };
  const submit = (): void => {
    const parsed = parseMatrix(text);
    if (!parsed.ok) {
      setOutcome({ kind: "bad", message: t("edit.pasteBad", { error: localize(parsed.problem) }) });
      return;
    }
    if (parsed.rows.length === planes.rows && parsed.rows[0].length === planes.cols) pasteTopLeft(parsed.rows);
    else setOutcome({ kind: "mismatch", rows: parsed.rows });
  };

  let mismatch = null;
  if (outcome?.kind === "mismatch") {
    const rows = outcome.rows.length;
    const cols = outcome.rows[0].length;
    const patch = resizeAndWritePatch(params, grid, targets, outcome.rows);
    const refused = problemOf(withChange(params, patch));
    const bigger = rows > planes.rows || cols > planes.cols;
    mismatch = (
      <div className="edit-mismatch" role="status">
        <p className="edit-message">{t("edit.pasteMismatch", { rows, cols, symbol, gridRows: planes.rows, gridCols: planes.cols })}</p>
        <div className="edit-actions">
          <button type="button" className="edit-button primary" disabled={refused !== null} onClick={() => finish(patch, rows, cols)}>
            {t("edit.pasteResize", { name: t(grid === "input" ? "edit.inputName" : "edit.kernelName"), rows, cols })}
          </button>
          <button type="button" className="edit-button" onClick={() => pasteTopLeft(outcome.rows)}>
            {bigger
              ? t("edit.pasteClip", { rows: Math.min(rows, planes.rows), cols: Math.min(cols, planes.cols) })
              : t("edit.pasteTopLeft")}
          </button>
        </div>
        {refused ? <p className="edit-message is-note">{t("edit.pasteResizeRefused", { problem: localize(refused) })}</p> : null}
      </div>
    );
  }

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="edit-button edit-paste-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        title={t("edit.pasteTitle")}
        onClick={() => {
          if (open) close();
          else {
            setOpen(true);
            onOpen?.();
          }
        }}
      >
        <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M9 2h6a1 1 0 0 1 1 1v1h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2V3a1 1 0 0 1 1-1zm1 2v2h4V4h-4zM6 6v14h12V6h-2v1a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V6H6zm3 5h6v2H9v-2zm0 4h6v2H9v-2z"
            fill="currentColor"
          />
        </svg>
        {t("edit.paste")}
      </button>
      {open ? (
        <div id={panelId} className="edit-paste-panel">
          <label className="edit-paste-label">
            <span>{t("edit.pasteLabel", { symbol })}</span>
            <textarea
              ref={areaRef}
              rows={4}
              spellCheck={false}
              autoComplete="off"
              placeholder={t("edit.pastePlaceholder")}
              aria-describedby={helpId}
              aria-invalid={outcome?.kind === "bad" || undefined}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setOutcome(null);
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  submit();
                } else if (e.key === "Escape") {
                  e.preventDefault();
                  close();
                }
              }}
            />
          </label>
          <p id={helpId} className="edit-help">
            {t("edit.pasteHelp")}
          </p>
          <div className="edit-actions">
            <button type="button" className="edit-button primary" onClick={submit} disabled={!text.trim()}>
              {t("edit.pasteApply", { symbol })}
            </button>
            <button type="button" className="edit-button" onClick={close}>
              {t("edit.pasteClose")}
            </button>
          </div>
          {outcome?.kind === "bad" ? (
            <p className="edit-message is-error" role="alert">
              {outcome.message}
            </p>
          ) : null}
          {mismatch}
        </div>
      ) : null}
    </>
  );
}

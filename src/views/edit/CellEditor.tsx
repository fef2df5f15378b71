import { useEffect, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";

/** Where a commit moves the editor: the next or previous cell in row-major order, or nowhere. */
export type EditorMove = "next" | "prev" | null;

/** What pasting text into the editor did, when it was more than one value. */
export interface PasteOutcome {
  error?: string;
}

export interface CellEditorProps {
  /** The starting text, preselected so typing replaces it. */
  initial: string;
  label: string;
  title: string;
  /** A note to show until the text changes (e.g. what a paste filled). */
  notice: string | null;
  /** Commits the text; returns why it was refused (the editor stays open), or null. */
  onCommit: (text: string, move: EditorMove) => string | null;
  onCancel: () => void;
  /** Handles text pasted into the editor; null lets the browser paste it into the field. */
  onPaste: (text: string) => PasteOutcome | null;
}

/**
 * The field typed into in place of a grid cell. Enter commits and moves to the next cell
 * (Shift+Enter: previous), Tab and Shift+Tab commit and move right and left (the hook wraps rows),
 * Escape cancels, and leaving the field commits a valid value (an invalid one is dropped, the
 * previous value stays).
 */
export function CellEditor(props: CellEditorProps) {
  const { initial, label, title, notice, onCommit, onCancel, onPaste } = props;
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(notice);
  const ref = useRef<HTMLInputElement>(null);
  /** Set once the editor has committed or cancelled, so the blur that follows does nothing. */
  const settled = useRef(false);
  const messageId = useId();

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    input.select();
  }, []);

  const commit = (move: EditorMove): void => {
    const problem = onCommit(text, move);
    if (problem) {
      setError(problem);
      setNote(null);
      ref.current?.select();
    } else {
      settled.current = true;
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === "Enter" && !e.nativeEvent.isComposing) {
      e.preventDefault();
      commit(e.shiftKey ? "prev" : "next");
    } else if (e.key === "Tab") {
      e.preventDefault();
      commit(e.shiftKey ? "prev" : "next");
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      settled.current = true;
      onCancel();
    }
  };

  const onBlur = (): void => {
    // Switching windows blurs the field but leaves it the document's active element: keep it open
    // for the person to come back to.
    if (settled.current || document.activeElement === ref.current) return;
    settled.current = true;
    if (text === initial || onCommit(text, null)) onCancel();
  };

  const onPasteEvent = (e: ClipboardEvent<HTMLInputElement>): void => {
    const outcome = onPaste(e.clipboardData.getData("text/plain") || e.clipboardData.getData("text"));
    if (!outcome) return;
    e.preventDefault();
    if (outcome.error) {
      setError(outcome.error);
      setNote(null);
    }
  };

  const message = error ?? note;
  return (
    <div className="cell-editor" data-invalid={error ? "true" : undefined}>
      <input
        ref={ref}
        className="cell-input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        title={title}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? messageId : undefined}
        value={text}
        style={{ width: `calc(${Math.max(2, text.length + 1)}ch + 10px)` }}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setNote(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onPaste={onPasteEvent}
        onClick={(e) => e.stopPropagation()}
      />
      {message ? (
        <div id={messageId} className={error ? "cell-editor-message is-error" : "cell-editor-message"} role={error ? "alert" : "status"}>
          {message}
        </div>
      ) : null}
    </div>
  );
}

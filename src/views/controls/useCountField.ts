import type { ClipboardEvent, KeyboardEvent } from "react";
import type { Report } from "../../core/problem";
import type { Range } from "../../params/limits";
import { useAppStoreApi } from "../../store";
import { parseCount, type CountProblem } from "./parseCount";
import { usePinned } from "./usePinned";

/** Why a count field is not showing what the app uses, or why a stepper is blocked. */
export type FieldMessage =
  | { kind: "parse"; problem: CountProblem }
  | { kind: "rule"; problem: Report }
  | { kind: "blocked"; target: number; problem: Report | null };

/** A stepper's next value and whether it may be taken (null: it may). */
export interface StepState {
  target: number;
  /** The rule the target breaks; "" when the target is outside the field's range. */
  problem: Report | null;
}

export interface CountFieldOptions {
  id: string;
  /** The translated accessible name, e.g. "Stride (height)". */
  name: string;
  /** What the app uses now (always valid). */
  value: number;
  range: Range;
  /** Proposes n to the store; returns the refusal, or null when it was applied. */
  propose: (n: number) => Report | null;
  /** Whether n would be refused, without applying it (for the steppers). */
  check: (n: number) => Report | null;
  disabled?: boolean;
}

export interface CountField {
  id: string;
  name: string;
  value: number;
  range: Range;
  disabled: boolean;
  /** What the field shows: the person's text while it differs from the app, else the value. */
  text: string;
  message: FieldMessage | null;
  messageId: string;
  down: StepState;
  up: StepState;
  onText: (text: string) => void;
  step: (delta: -1 | 1) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (e: ClipboardEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

/**
 * One count field's draft and message. The text a person types is kept as typed (so a mistake can
 * be fixed in place) and proposed to the store only when it reads as a whole number in range; the
 * store has the last word on rules between fields. The draft and message are pinned to the
 * parameters they were made against (usePinned), so a change from elsewhere replaces them with the
 * app's value instead of leaving a stale draft behind.
 */
export function useCountField(o: CountFieldOptions): CountField {
  const api = useAppStoreApi();
  // Set after a proposal, each pins to the parameters as they are then (applied or not).
  const [text, setDraft] = usePinned<string>();
  const [message, setNote] = usePinned<FieldMessage>();

  const stepState = (delta: number): StepState => {
    const target = o.value + delta;
    if (target < o.range.min || target > o.range.max) return { target, problem: "" };
    return { target, problem: o.check(target) };
  };
  // Each check resizes at most 4×32×32 values and validates them: well under a millisecond for
  // both steppers of every field, so it runs on each render rather than being cached.
  const down = stepState(-1);
  const up = stepState(1);

  const onText = (raw: string) => {
    const parsed = parseCount(raw, o.range);
    // Propose first, so the draft pins to the parameters the proposal leaves behind.
    const refused = parsed.kind === "ok" && parsed.value !== o.value ? o.propose(parsed.value) : null;
    setDraft(raw);
    if (parsed.kind !== "ok") setNote({ kind: "parse", problem: parsed });
    else setNote(refused ? { kind: "rule", problem: refused } : null);
  };

  const revert = () => {
    setDraft(null);
    setNote(null);
    // The refusal was this field's; once the person lets it go, no notice should keep showing it.
    api.getState().clearParamsProblem();
  };

  const step = (delta: -1 | 1) => {
    if (o.disabled) return;
    const s = delta < 0 ? down : up;
    if (s.problem !== null) {
      setDraft(null);
      setNote({ kind: "blocked", target: s.target, problem: s.problem || null });
      return;
    }
    const problem = o.propose(s.target);
    setDraft(null);
    setNote(problem ? { kind: "rule", problem } : null);
  };

  return {
    id: o.id,
    name: o.name,
    value: o.value,
    range: o.range,
    disabled: o.disabled ?? false,
    text: text ?? String(o.value),
    message,
    messageId: `${o.id}-message`,
    down,
    up,
    onText,
    step,
    onKeyDown: (e) => {
      if (e.key === "ArrowUp" || e.key === "ArrowDown") {
        e.preventDefault();
        step(e.key === "ArrowUp" ? 1 : -1);
      } else if (e.key === "Escape") {
        if (text !== null || message !== null) e.stopPropagation();
        revert();
      } else if (e.key === "Enter") {
        if (message === null || message.kind === "blocked") revert();
      }
    },
    onPaste: (e) => {
      // Replace the selection with the pasted text, trimmed, and read it at once: a paste of
      // "3\n" or "  4 " means the number, and junk gets its message in the same step.
      e.preventDefault();
      const pasted = e.clipboardData.getData("text").trim();
      const el = e.currentTarget;
      const start = el.selectionStart ?? el.value.length;
      const end = el.selectionEnd ?? el.value.length;
      onText(el.value.slice(0, start) + pasted + el.value.slice(end));
    },
    onBlur: () => {
      if (message === null || message.kind === "blocked") revert();
    },
  };
}

import { normalizeNumberText, parseNumber, type NumberProblem } from "../../core/number";
import { LIMITS } from "../../params/limits";

/** Why a typed cell value was refused (the view words it in the current language). */
export type CellValueProblem = "empty" | "notNumber" | "notFinite" | "range";

export type CellValue = { ok: true; value: number } | { ok: false; problem: CellValueProblem };

/** NaN, Infinity and 1e999 are numbers the grid cannot hold; anything else unreadable is not a number. */
const problemOf = (p: NumberProblem): CellValueProblem => (p === "notFinite" || p === "overflow" ? "notFinite" : "notNumber");

/**
 * What a person typed into one cell: a decimal or exponent number (`-1.5`, `2e3`, `.5`), a typed
 * minus sign (−), full-width digits (core/number.ts) or a fraction such as `1/4` (the bilinear kernel's weights), within LIMITS.value.
 * Never throws.
 */
export function parseCellValue(text: string): CellValue {
  const s = normalizeNumberText(text).trim();
  if (!s) return { ok: false, problem: "empty" };
  let value: number;
  const fraction = /^(.+?)\s*\/\s*(.+)$/.exec(s);
  if (fraction) {
    const top = parseNumber(fraction[1]);
    const bottom = parseNumber(fraction[2]);
    if (!top.ok) return { ok: false, problem: problemOf(top.problem) };
    if (!bottom.ok) return { ok: false, problem: problemOf(bottom.problem) };
    value = top.value / bottom.value;
  } else {
    const read = parseNumber(s);
    if (!read.ok) return { ok: false, problem: problemOf(read.problem) };
    value = read.value;
  }
  if (!Number.isFinite(value)) return { ok: false, problem: "notFinite" };
  if (value < LIMITS.value.min || value > LIMITS.value.max) return { ok: false, problem: "range" };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A value as an editor's starting text: every digit it has, so committing it unchanged changes nothing. */
export function editText(v: number): string {
  return Number.isFinite(v) ? String(Object.is(v, -0) ? 0 : v) : "";
}

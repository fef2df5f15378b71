import { LIMITS } from "../../params/limits";

/** Why a typed cell value was refused (the view words it in the current language). */
export type CellValueProblem = "empty" | "notNumber" | "notFinite" | "range";

export type CellValue = { ok: true; value: number } | { ok: false; problem: CellValueProblem };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * What a person typed into one cell: a decimal or exponent number (`-1.5`, `2e3`, `.5`), a typed
 * minus sign (−) or a fraction such as `1/4` (the bilinear kernel's weights), within LIMITS.value.
 * Never throws.
 */
export function parseCellValue(text: string): CellValue {
  const s = text.trim().replace(/\u2212/g, "-");
  if (!s) return { ok: false, problem: "empty" };
  if (/^[+-]?(nan|inf|infinity)$/i.test(s)) return { ok: false, problem: "notFinite" };
  let value: number;
  const fraction = /^(.+?)\s*\/\s*(.+)$/.exec(s);
  if (fraction) {
    if (!NUMBER.test(fraction[1]) || !NUMBER.test(fraction[2])) return { ok: false, problem: "notNumber" };
    value = Number(fraction[1]) / Number(fraction[2]);
  } else {
    if (!NUMBER.test(s)) return { ok: false, problem: "notNumber" };
    value = Number(s);
  }
  if (!Number.isFinite(value)) return { ok: false, problem: "notFinite" };
  if (value < LIMITS.value.min || value > LIMITS.value.max) return { ok: false, problem: "range" };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A value as an editor's starting text: every digit it has, so committing it unchanged changes nothing. */
export function editText(v: number): string {
  return Number.isFinite(v) ? String(Object.is(v, -0) ? 0 : v) : "";
}

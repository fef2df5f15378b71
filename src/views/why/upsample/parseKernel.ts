import { normalizeNumberText, parseNumber } from "../../../core/number";
import { quoted } from "../../../core/problem";

/** A typed kernel: its values and side, or why the text is not a square kernel. */
export type ParsedKernel =
  | { ok: true; values: number[]; k: number }
  | { ok: false; problem: "number" | "square" | "size"; got: string };

/** The largest typed kernel side (the worker accepts up to 16). */
export const MAX_TYPED = 16;

/**
 * Reads a square kernel: k·k numbers separated by spaces, commas, semicolons, brackets or new lines
 * (rows are only for the eye; full-width forms read as ASCII, see core/number.ts), e.g. "0.25 0.5 0.25; 0.5 1 0.5; 0.25 0.5 0.25" is 3×3. Never throws.
 */
export function parseKernel(text: string): ParsedKernel {
  const tokens = normalizeNumberText(text).split(/[\s,;[\]]+/).filter((t) => t !== "");
  const read = tokens.map(parseNumber);
  const bad = read.findIndex((r) => !r.ok);
  if (bad >= 0) return { ok: false, problem: "number", got: quoted(tokens[bad]) };
  const k = Math.round(Math.sqrt(tokens.length));
  if (tokens.length === 0 || k * k !== tokens.length) return { ok: false, problem: "square", got: String(tokens.length) };
  if (k > MAX_TYPED) return { ok: false, problem: "size", got: String(k) };
  return { ok: true, values: read.map((r) => (r.ok ? r.value : 0)), k };
}

/** A kernel as text, one row per line, for the editor to start from. */
export function kernelText(values: ArrayLike<number>, k: number): string {
  const rows: string[] = [];
  for (let r = 0; r < k; r++) {
    rows.push(Array.from({ length: k }, (_, c) => String(Math.round(values[r * k + c] * 10000) / 10000)).join(" "));
  }
  return rows.join("\n");
}

import type { Range } from "../../params/limits";

/** What a count field's text means: a value in range, or the first thing wrong with it. */
export type ParsedCount =
  | { kind: "ok"; value: number }
  | { kind: "empty" }
  | { kind: "notNumber"; text: string }
  | { kind: "notWhole"; text: string }
  | { kind: "outOfRange"; text: string };

export type CountProblem = Exclude<ParsedCount, { kind: "ok" }>;

/** Plain decimal or scientific notation; no hex, no "Infinity", no thousands separators. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Full-width digits, signs and point (what a Chinese IME types) as ASCII, and a typographic minus as
 * "-", so "３" and "−2" read as the person meant them.
 */
function toAscii(text: string): string {
  return text
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[－−]/g, "-")
    .replace(/＋/g, "+")
    .replace(/．/g, ".");
}

/**
 * Reads what a person typed into a count field (sizes, stride, channels…). Never throws: empty
 * text, letters, decimals and values outside `range` come back as a problem, so the caller never
 * hands the store a value it must reject for its range (a huge size would allocate a huge grid
 * before validation).
 */
export function parseCount(raw: string, range: Range): ParsedCount {
  const text = toAscii(raw).trim();
  if (text === "") return { kind: "empty" };
  if (!NUMBER.test(text)) return { kind: "notNumber", text: raw.trim() };
  const value = Number(text);
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    return Number.isInteger(value) || !Number.isFinite(value)
      ? { kind: "outOfRange", text: raw.trim() }
      : { kind: "notWhole", text: raw.trim() };
  }
  if (!Number.isInteger(value)) return { kind: "notWhole", text: raw.trim() };
  return { kind: "ok", value };
}


import { parseNumber } from "../../core/number";
import type { Range } from "../../params/limits";

/** What a count field's text means: a value in range, or the first thing wrong with it. */
export type ParsedCount =
  | { kind: "ok"; value: number }
  | { kind: "empty" }
  | { kind: "notNumber"; text: string }
  | { kind: "notWhole"; text: string }
  | { kind: "outOfRange"; text: string };

export type CountProblem = Exclude<ParsedCount, { kind: "ok" }>;

/**
 * Reads what a person typed into a count field (sizes, stride, channels…). Never throws: empty
 * text, letters, decimals and values outside `range` come back as a problem, so the caller never
 * hands the store a value it must reject for its range (a huge size would allocate a huge grid
 * before validation).
 */
export function parseCount(raw: string, range: Range): ParsedCount {
  const read = parseNumber(raw);
  if (!read.ok) {
    if (read.problem === "empty") return { kind: "empty" };
    // 1e999 is a number, just far out of range; "Infinity" and "nan" are not numbers here.
    return read.problem === "overflow"
      ? { kind: "outOfRange", text: raw.trim() }
      : { kind: "notNumber", text: raw.trim() };
  }
  const value = read.value;
  if (value < range.min || value > range.max) {
    return Number.isInteger(value) ? { kind: "outOfRange", text: raw.trim() } : { kind: "notWhole", text: raw.trim() };
  }
  if (!Number.isInteger(value)) return { kind: "notWhole", text: raw.trim() };
  return { kind: "ok", value };
}


import { problemMaker, quoted, type Problem } from "../core/problem";
import { numberOr } from "../core/number";
import type { Range } from "../params/limits";

/**
 * The link readers shared by the codec's field tables (codec.ts for the explorer, pageSettings.ts
 * for the "why" pages). A reader turns one raw query value into a valid one and never throws:
 * what it had to repair it reports through `fix`, with what it kept instead.
 */
export type FixCode = "invalid" | "clamped" | "snapped" | "unknown" | "version" | "grid" | "combination";

export type Read<T> = (raw: string, fix: (code: FixCode, kept: Problem) => void) => T;

/**
 * What a repair report says, as problems (see core/problem.ts): what the link held and what the
 * app kept instead. Shared by the codec and the page settings.
 */
export const READER_PROBLEMS = {
  "url.raw": ["text"],
  "url.value": ["value"],
  "url.choice": ["choice"],
  "url.firstTwo": [],
  "url.notNumbers": ["count"],
  "url.shortRows": ["count"],
  "url.topLeft": ["size"],
  "url.bound": ["max"],
  "url.firstKernel": [],
} as const;

export const urlProblem = /* @__PURE__ */ problemMaker(READER_PROBLEMS);

/** A raw value shortened for a notice. */
export const short = (raw: string) => quoted(raw);

/** A raw value from a link, as a notice quotes it. */
export const rawText = (raw: string): Problem => urlProblem("url.raw", { text: short(raw) });

/** A number (or another value spelled the same in every language) kept in place of a link's. */
export const keptValue = (value: string | number): Problem => urlProblem("url.value", { value });

/** One choice, or a comma-separated list of them, kept in place of a link's. */
export const keptChoice = (choice: string): Problem => urlProblem("url.choice", { choice });

/** A whole number in `range`: rounded and clamped ("clamped"), or the fallback if not a number. */
export function readInt(range: Range, fallback: number): Read<number> {
  return (raw, fix) => {
    const v = numberOr(raw);
    if (!Number.isFinite(v)) {
      fix("invalid", keptValue(fallback));
      return fallback;
    }
    const clamped = Math.min(range.max, Math.max(range.min, Math.round(v)));
    if (clamped !== v) fix("clamped", keptValue(clamped));
    return clamped;
  };
}

/** `2` (both axes) or `2,1` (height, width), each a whole number in `range`. */
export function readPair(range: Range, fallback: number): Read<[number, number]> {
  const one = readInt(range, fallback);
  return (raw, fix) => {
    const parts = raw.split(",");
    if (parts.length > 2) fix("invalid", urlProblem("url.firstTwo", {}));
    const h = one(parts[0], fix);
    return [h, parts.length > 1 ? one(parts[1], fix) : h];
  };
}

/** One of `values`, spelled exactly (numbers as written by String), or the fallback. */
export function readEnum<T extends string | number>(values: readonly T[], fallback: T): Read<T> {
  return (raw, fix) => {
    const found = values.find((v) => String(v) === raw);
    if (found !== undefined) return found;
    fix("invalid", typeof fallback === "number" ? keptValue(fallback) : keptChoice(fallback));
    return fallback;
  };
}

/**
 * The offered value nearest to a positive number, on a log scale (0.04 → 0.05, 1500 → 2000): a
 * hand-edited link keeps the intent ("snapped"); anything else gives the fallback.
 */
export function readNearest(values: readonly number[], fallback: number): Read<number> {
  return (raw, fix) => {
    const v = numberOr(raw);
    if (!Number.isFinite(v) || v <= 0) {
      fix("invalid", keptValue(fallback));
      return fallback;
    }
    const best = nearestOf(values, v);
    if (best !== v) fix("snapped", keptValue(best));
    return best;
  };
}

/** The value of `values` with the smallest |log(x / v)|; v must be positive. */
export function nearestOf(values: readonly number[], v: number): number {
  return values.reduce((best, x) => (Math.abs(Math.log(x / v)) < Math.abs(Math.log(best / v)) ? x : best), values[0]);
}

/**
 * A fraction in [0, 1], kept to `digits` decimals (finer than any lens can be placed), so that
 * what a link writes is exactly what it reads back.
 */
export function readFraction(fallback: number, digits = 3): Read<number> {
  const unit = 10 ** digits;
  return (raw, fix) => {
    const v = numberOr(raw);
    if (!Number.isFinite(v)) {
      fix("invalid", keptValue(fallback));
      return fallback;
    }
    const clamped = Math.min(1, Math.max(0, v));
    if (clamped !== v) fix("clamped", keptValue(clamped));
    return Math.round(clamped * unit) / unit;
  };
}

export const readBool: Read<boolean> = (raw, fix) => {
  if (raw === "1" || raw === "true" || raw === "") return true;
  if (raw === "0" || raw === "false") return false;
  fix("invalid", keptValue(0));
  return false;
};

export const writePair = ([h, w]: readonly [number, number]) => (h === w ? String(h) : `${h},${w}`);
export const writeFlag = (on: boolean) => (on ? "1" : null);

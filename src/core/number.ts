/**
 * The app's one reader of typed, pasted and linked numbers: count fields, the paste box, cell
 * editors, typed kernels and the link's values all go through it, so a number reads the same
 * wherever it is written.
 *
 * Accepted everywhere: what a Chinese IME types in full-width form (digits ０–９, ＋ － ． ｅ, and
 * the full-width comma ， and semicolon ； as separators) and the typographic minus − (U+2212).
 * Refused everywhere: hexadecimal, Infinity and NaN, thousands separators, and a number that
 * overflows to ±Infinity ("1e999").
 */

/**
 * Why a text is not a number the app can use: nothing there, not a number, NaN or Infinity spelled
 * out ("notFinite"), or a number too large for a double ("overflow": 1e999, 400 nines).
 */
export type NumberProblem = "empty" | "notNumber" | "notFinite" | "overflow";

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/** Plain decimal or scientific notation, after normalizeNumberText. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;

const FULL_WIDTH = /[\uff01-\uff5e]/g; // the full-width forms of ASCII ! … ~
const MINUS = /[\u2212\u2012\u2013\ufe63]/g; // minus sign, figure dash, en dash, small hyphen-minus

/**
 * Text with full-width ASCII forms (U+FF01–U+FF5E: digits, signs, point, comma, semicolon,
 * letters, brackets) turned into ASCII and typographic minus signs into "-". Lengths are kept
 * (each character maps to one), so positions in the result are positions in the original.
 */
export function normalizeNumberText(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(MINUS, "-");
}

/** Reads one number (surrounding white space ignored). Never throws. */
export function parseNumber(text: string): ParsedNumber {
  const s = normalizeNumberText(text).trim();
  if (s === "") return { ok: false, problem: "empty" };
  if (NOT_FINITE.test(s)) return { ok: false, problem: "notFinite" };
  if (!NUMBER.test(s)) return { ok: false, problem: "notNumber" };
  const value = Number(s);
  if (!Number.isFinite(value)) return { ok: false, problem: "overflow" };
  return { ok: true, value };
}

/** The number in `text`, or NaN when it is not one: for readers that repair rather than explain. */
export function numberOr(text: string, fallback = NaN): number {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : fallback;
}

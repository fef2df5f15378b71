import { normalizeNumberText, parseNumber as readNumber } from "./number";
import { problemMaker, quoted, type Problem, type ValuesOf } from "./problem";

/**
 * Reads a pasted matrix: whitespace- or comma-separated rows (newlines or `;` between rows), JSON
 * (`[[1, 2], [3, 4]]`), or a NumPy / PyTorch printout (`array([[1., 2.], …])`, `tensor([[…]],
 * dtype=torch.float64)`). Leading singleton dimensions ([[[[…]]]]) are dropped, so a printed
 * 1×1×H×W weight pastes as H×W. Numbers are read by core/number.ts, full-width forms included. Never throws: bad text gets a message saying what is wrong.
 */
export type PasteResult = { ok: true; rows: number[][] } | { ok: false; error: string; problem: Problem };

/** The problems the paste parser reports (see core/problem.ts). */
export const PASTE_PROBLEMS = {
  "paste.empty": [],
  "paste.noValues": [],
  "paste.unclosed": [],
  "paste.unopened": [],
  "paste.trailing": [],
  "paste.outside": ["text"],
  "paste.nested": [],
  "paste.ragged": ["width", "row", "got"],
  "paste.notNumber": ["index", "text"],
  "paste.rowNotNumber": ["row", "index", "text"],
  "paste.notFinite": ["index", "text"],
  "paste.rowNotFinite": ["row", "index", "text"],
} as const;

const problem = /* @__PURE__ */ problemMaker(PASTE_PROBLEMS);

/** A refusal: the problem as data, its English message beside it. */
interface Refusal {
  problem: Problem;
  error: string;
}

const refusal = <C extends keyof typeof PASTE_PROBLEMS & string>(
  code: C,
  values: ValuesOf<typeof PASTE_PROBLEMS, C>,
  error: string,
): Refusal => ({ problem: problem(code, values), error });

const isRefusal = (v: unknown): v is Refusal => typeof v === "object" && v !== null && "problem" in v;

/** Where a token sits: its 1-based index in its row, and the row when the text has several. */
interface Where {
  row?: number;
  index: number;
}

type Nested = number | Nested[];

function notFinite(token: string, at: Where): Refusal {
  const text = quoted(token);
  return at.row === undefined
    ? refusal("paste.notFinite", { index: at.index, text }, `value ${at.index} is ${text}: only finite numbers can be used`)
    : refusal("paste.rowNotFinite", { row: at.row, index: at.index, text }, `row ${at.row}, value ${at.index} is ${text}: only finite numbers can be used`);
}

function parseNumber(token: string, at: Where): number | Refusal {
  const read = readNumber(token);
  if (read.ok) return read.value;
  if (read.problem === "notFinite" || read.problem === "overflow") return notFinite(token, at); // nan, inf, 1e999
  const text = quoted(token);
  return at.row === undefined
    ? refusal("paste.notNumber", { index: at.index, text }, `value ${at.index}: “${text}” is not a number`)
    : refusal("paste.rowNotNumber", { row: at.row, index: at.index, text }, `row ${at.row}, value ${at.index}: “${text}” is not a number`);
}

const NO_VALUES = (): Refusal => refusal("paste.noValues", {}, "no values found");

/** Strips `array(`/`tensor(` wrappers and keyword arguments such as dtype=… or requires_grad=True. */
function unwrap(text: string): string {
  const m = /^\s*(?:[\w.]+\s*\(\s*)(\[[\s\S]*\])[\s\S]*\)\s*$/.exec(text);
  return m ? m[1] : text;
}

function parseBracketed(text: string): Nested | Refusal {
  const tokens = text.match(/\[|\]|[^\s,[\]]+/g) ?? [];
  const stack: Nested[][] = [];
  let root: Nested | undefined;
  for (const tok of tokens) {
    if (tok === "[") stack.push([]);
    else if (tok === "]") {
      const done = stack.pop();
      if (!done) return refusal("paste.unopened", {}, "a closing ] has no matching [");
      if (stack.length) stack[stack.length - 1].push(done);
      else if (root === undefined) root = done;
      else return refusal("paste.trailing", {}, "text continues after the matrix's closing ]");
    } else {
      if (!stack.length) {
        const text = quoted(tok);
        return refusal("paste.outside", { text }, `“${text}” stands outside the brackets`);
      }
      const v = parseNumber(tok, { index: stack[stack.length - 1].length + 1 });
      if (isRefusal(v)) return v;
      stack[stack.length - 1].push(v);
    }
  }
  if (stack.length) return refusal("paste.unclosed", {}, "a [ is never closed");
  return root ?? NO_VALUES();
}

function toRows(n: Nested): number[][] | Refusal {
  let level: Nested = n;
  // Drop leading singleton dimensions: [[[[a, b], [c, d]]]] → [[a, b], [c, d]].
  while (Array.isArray(level) && level.length === 1 && Array.isArray(level[0]) && Array.isArray(level[0][0])) {
    level = level[0];
  }
  if (!Array.isArray(level)) return NO_VALUES();
  if (level.every((v) => typeof v === "number")) return [level as number[]];
  if (!level.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"))) {
    return refusal("paste.nested", {}, "only 2-D matrices can be pasted (found more than two nested levels)");
  }
  return level as number[][];
}

function parsePlain(text: string): number[][] | Refusal {
  const lines = text.split(/[\n;]/).map((l) => l.trim()).filter((l) => l.length > 0);
  const rows: number[][] = [];
  for (let r = 0; r < lines.length; r++) {
    const row: number[] = [];
    for (const tok of lines[r].split(/[\s,]+/).filter((t) => t.length > 0)) {
      const v = parseNumber(tok, { row: r + 1, index: row.length + 1 });
      if (isRefusal(v)) return v;
      row.push(v);
    }
    if (row.length) rows.push(row);
  }
  return rows;
}

export function parseMatrix(text: string): PasteResult {
  // Full-width digits, signs, commas and brackets (a Chinese IME) and the typographic minus read as ASCII.
  const trimmed = normalizeNumberText(text).trim();
  if (!trimmed) return { ok: false, ...refusal("paste.empty", {}, "the pasted text is empty") };
  let rows: number[][] | Refusal;
  if (/^[\w.]*\s*\(?\s*\[/.test(trimmed)) {
    const nested = parseBracketed(unwrap(trimmed));
    rows = isRefusal(nested) ? nested : toRows(nested);
  } else {
    rows = parsePlain(trimmed);
  }
  if (isRefusal(rows)) return { ok: false, ...rows };
  if (!rows.length || !rows[0].length) return { ok: false, ...NO_VALUES() };
  const width = rows[0].length;
  const ragged = rows.findIndex((r) => r.length !== width);
  if (ragged >= 0) {
    const [row, got] = [ragged + 1, rows[ragged].length];
    return {
      ok: false,
      ...refusal("paste.ragged", { width, row, got }, `rows must be the same length: row 1 has ${width} values, row ${row} has ${got}`),
    };
  }
  return { ok: true, rows };
}

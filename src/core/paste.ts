/**
 * Reads a pasted matrix: whitespace- or comma-separated rows (newlines or `;` between rows), JSON
 * (`[[1, 2], [3, 4]]`), or a NumPy / PyTorch printout (`array([[1., 2.], …])`, `tensor([[…]],
 * dtype=torch.float64)`). Leading singleton dimensions ([[[[…]]]]) are dropped, so a printed
 * 1×1×H×W weight pastes as H×W. Never throws: bad text gets a message saying what is wrong.
 */
export type PasteResult = { ok: true; rows: number[][] } | { ok: false; error: string };

type Nested = number | Nested[];

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function parseNumber(token: string, where: string): number | string {
  if (!NUMBER.test(token)) {
    return /^[+-]?(nan|inf|infinity)$/i.test(token)
      ? `${where} is ${token}: only finite numbers can be used`
      : `${where}: “${token.slice(0, 20)}” is not a number`;
  }
  const v = Number(token);
  return Number.isFinite(v) ? v : `${where} is ${token}: only finite numbers can be used`; // 1e999 reads as Infinity
}

/** Strips `array(`/`tensor(` wrappers and keyword arguments such as dtype=… or requires_grad=True. */
function unwrap(text: string): string {
  const m = /^\s*(?:[\w.]+\s*\(\s*)(\[[\s\S]*\])[\s\S]*\)\s*$/.exec(text);
  return m ? m[1] : text;
}

function parseBracketed(text: string): Nested | string {
  const tokens = text.match(/\[|\]|[^\s,[\]]+/g) ?? [];
  const stack: Nested[][] = [];
  let root: Nested | undefined;
  for (const tok of tokens) {
    if (tok === "[") stack.push([]);
    else if (tok === "]") {
      const done = stack.pop();
      if (!done) return "a closing ] has no matching [";
      if (stack.length) stack[stack.length - 1].push(done);
      else if (root === undefined) root = done;
      else return "text continues after the matrix's closing ]";
    } else {
      if (!stack.length) return `“${tok.slice(0, 20)}” stands outside the brackets`;
      const v = parseNumber(tok, `value ${stack[stack.length - 1].length + 1}`);
      if (typeof v === "string") return v;
      stack[stack.length - 1].push(v);
    }
  }
  if (stack.length) return "a [ is never closed";
  return root ?? "no values found";
}

function toRows(n: Nested): number[][] | string {
  let level: Nested = n;
  // Drop leading singleton dimensions: [[[[a, b], [c, d]]]] → [[a, b], [c, d]].
  while (Array.isArray(level) && level.length === 1 && Array.isArray(level[0]) && Array.isArray(level[0][0])) {
    level = level[0];
  }
  if (!Array.isArray(level)) return "no values found";
  if (level.every((v) => typeof v === "number")) return [level as number[]];
  if (!level.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number"))) {
    return "only 2-D matrices can be pasted (found more than two nested levels)";
  }
  return level as number[][];
}

function parsePlain(text: string): number[][] | string {
  const lines = text.split(/[\n;]/).map((l) => l.trim()).filter((l) => l.length > 0);
  const rows: number[][] = [];
  for (let r = 0; r < lines.length; r++) {
    const row: number[] = [];
    for (const tok of lines[r].split(/[\s,]+/).filter((t) => t.length > 0)) {
      const v = parseNumber(tok, `row ${r + 1}, value ${row.length + 1}`);
      if (typeof v === "string") return v;
      row.push(v);
    }
    if (row.length) rows.push(row);
  }
  return rows;
}

export function parseMatrix(text: string): PasteResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: "the pasted text is empty" };
  let rows: number[][] | string;
  if (/^[\w.]*\s*\(?\s*\[/.test(trimmed)) {
    const nested = parseBracketed(unwrap(trimmed));
    rows = typeof nested === "string" ? nested : toRows(nested);
  } else {
    rows = parsePlain(trimmed);
  }
  if (typeof rows === "string") return { ok: false, error: rows };
  if (!rows.length || !rows[0].length) return { ok: false, error: "no values found" };
  const width = rows[0].length;
  const ragged = rows.findIndex((r) => r.length !== width);
  if (ragged >= 0) {
    return {
      ok: false,
      error: `rows must be the same length: row 1 has ${width} values, row ${ragged + 1} has ${rows[ragged].length}`,
    };
  }
  return { ok: true, rows };
}

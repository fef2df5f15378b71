import type { Exploration, ExploreParams } from "../../core";
import type { Translate } from "../../i18n";
import type { Moment } from "../../model/moment";
import { formatNumber } from "../../format/number";

/** Terms written out before the rest is summarized ("… (5 more)"), so a caption stays speakable. */
const MAX_TERMS = 4;

/** "y[0,1]" (or "y[1,0,1]" with channels): the symbols the grids, panels and the code use. */
function cellName(t: Translate, sym: string, shape: readonly number[], flat: number): string {
  const [C, H, W] = shape;
  const ch = Math.floor(flat / (H * W));
  const r = Math.floor((flat % (H * W)) / W);
  const c = flat % W;
  return C > 1 ? t("present.cellChannel", { sym, ch, r, c }) : t("present.cell", { sym, r, c });
}

function termList(t: Translate, terms: string[]): string {
  if (terms.length <= MAX_TERMS) return terms.join(" + ");
  return `${terms.slice(0, MAX_TERMS).join(" + ")} ${t("present.more", { n: terms.length - MAX_TERMS })}`;
}

function span(t: Translate, values: number[]): string {
  const a = Math.min(...values);
  const b = Math.max(...values);
  return a === b ? String(a) : t("present.range", { a, b });
}

/**
 * One step, said in a sentence that can be read aloud to a lecture hall and narrated to a screen
 * reader: "y[0,1] += 3 × 1" for a multiply-add, the written-out sum for a gather step, the
 * footprint for a scatter step. Cells are named as everywhere else: x → y for the convolution,
 * y → x′ for the transposed one.
 */
export function stepCaption(t: Translate, e: Exploration, p: ExploreParams, m: Moment): string {
  if (m.step < 0) return t("present.captionStart");
  const x = p.input.data;
  const w = p.weight.data;
  const out = e.output.shape;
  const inShape = p.input.shape;
  const v = formatNumber;
  const [inSym, outSym] = e.mode === "conv" ? ["x", "y"] : ["y", "x′"];
  if (e.window) {
    const tr = e.window;
    if (m.granularity === "mac") {
      const cell = cellName(t, outSym, out, tr.outIndex[Math.floor(m.step / tr.tapsPerStep)]);
      const i = tr.tapInput[m.step];
      const wv = v(w[tr.tapKernel[m.step]]);
      return i < 0 ? t("present.macPadding", { cell, w: wv }) : t("present.mac", { cell, x: v(x[i]), w: wv });
    }
    const first = m.step * tr.tapsPerStep;
    const terms: string[] = [];
    for (let k = first; k < first + tr.tapsPerStep; k++) {
      if (tr.tapInput[k] >= 0) terms.push(`${v(x[tr.tapInput[k]])}·${v(w[tr.tapKernel[k]])}`);
    }
    const cell = cellName(t, outSym, out, tr.outIndex[m.step]);
    const value = v(tr.output[tr.outIndex[m.step]]);
    return terms.length ? t("present.gather", { cell, terms: termList(t, terms), value }) : t("present.gatherEmpty", { cell, value });
  }
  const s = e.scatter;
  const zi = e.zeroInsertion;
  if (!s || !zi) return "";
  if (m.granularity === "gather") {
    const tr = zi.window;
    const first = m.step * tr.tapsPerStep;
    const terms: string[] = [];
    for (let k = first; k < first + tr.tapsPerStep; k++) {
      const src = zi.upSource[tr.tapInput[k]];
      if (src >= 0) terms.push(`${v(x[src])}·${v(zi.rotatedWeight[tr.tapKernel[k]])}`);
    }
    const cell = cellName(t, outSym, out, tr.outIndex[m.step]);
    const value = v(tr.output[tr.outIndex[m.step]]);
    return terms.length ? t("present.gather", { cell, terms: termList(t, terms), value }) : t("present.gatherEmpty", { cell, value });
  }
  if (m.granularity === "mac") {
    const n = Math.floor(m.step / s.contribPerStep);
    const xv = v(x[s.inIndex[n]]);
    const wv = v(w[s.kernel[m.step]]);
    const target = s.target[m.step];
    if (target >= 0) return t("present.mac", { cell: cellName(t, outSym, out, target), x: xv, w: wv });
    return t("present.macCropped", { x: xv, w: wv, out: outSym, cell: `(${s.targetY[m.step]},${s.targetX[m.step]})` });
  }
  const first = m.step * s.contribPerStep;
  const rows: number[] = [];
  const cols: number[] = [];
  for (let k = first; k < first + s.contribPerStep; k++) {
    if (s.target[k] >= 0) {
      rows.push(s.targetY[k]);
      cols.push(s.targetX[k]);
    }
  }
  const cell = cellName(t, inSym, inShape, s.inIndex[m.step]);
  const value = v(x[s.inIndex[m.step]]);
  if (!rows.length) return t("present.scatterCropped", { cell, value, count: s.contribPerStep, out: outSym });
  return t("present.scatter", { cell, value, count: rows.length, out: outSym, rows: span(t, rows), cols: span(t, cols) });
}

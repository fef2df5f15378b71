import { checkerboardRule, convOutputSize, convTransposeOutputSize, coverage } from "../../core";
import { exploreConfig, SEED_CONV, seedReverse, type LessonConfig } from "./lessonConfig";
import { figureOf, gridOf, type Message, type Question } from "./question";

/**
 * The lesson's predict-then-check questions (issue 12's table and one per chapter 4–9). Every
 * answer is read from the core's result for the chapter's configuration; every hint recognises
 * the answer a particular mistake produces (a neighbouring window, one contribution, all of C's
 * entries, s−1 for the border …) and says what went wrong, with numbers from the same result.
 */

const range = (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`);
const msg = (code: string, values: Record<string, string | number> = {}): Message => ({ code, values });

/** Rows and columns of x that conv2d's window for y[oy, ox] covers (stride, padding, dilation). */
function windowOf(c: LessonConfig, oy: number, ox: number) {
  const kH = c.kernel.length;
  const kW = c.kernel[0].length;
  const top = oy * c.stride[0] - c.padding[0];
  const left = ox * c.stride[1] - c.padding[1];
  return { top, bottom: top + c.dilation[0] * (kH - 1), left, right: left + c.dilation[1] * (kW - 1) };
}

/** Chapter 4: y[0,1] of the seed, 27: the window over columns 1–3. */
export function windowQuestion(c: LessonConfig = SEED_CONV, oy = 0, ox = 1): Question {
  const e = exploreConfig(c);
  const [, H, W] = e.output.shape;
  const y = e.output.data;
  const answer = y[oy * W + ox];
  const win = windowOf(c, oy, ox);
  const taps = c.kernel.length * c.kernel[0].length;
  const where = { cell: `y[${oy},${ox}]`, rows: range(win.top, win.bottom), cols: range(win.left, win.right) };
  const xs = c.input;
  const rowSums = xs.slice(Math.max(0, win.top), win.bottom + 1).map((row) => row.slice(Math.max(0, win.left), win.right + 1).reduce((a, b) => a + b, 0));
  const total = xs.flat().reduce((a, b) => a + b, 0);
  return {
    id: "ch4.window",
    prompt: msg("window", { cell: where.cell, h: c.input.length, w: c.input[0].length, k: `${c.kernel.length}×${c.kernel[0].length}` }),
    accepts: [answer],
    answer,
    figure: figureOf(c, H, W, [oy, ox]),
    hint: (given) => {
      for (let r = 0; r < H; r++)
        for (let q = 0; q < W; q++) {
          if ((r === oy && q === ox) || y[r * W + q] !== given) continue;
          const other = windowOf(c, r, q);
          return msg("neighbourWindow", {
            ...where,
            other: `y[${r},${q}]`,
            otherRows: range(other.top, other.bottom),
            otherCols: range(other.left, other.right),
          });
        }
      if (rowSums.includes(given)) return msg("oneRow", { ...where, taps, given });
      if (given === total) return msg("wholeInput", { ...where, taps, n: xs.flat().length });
      return msg("windowSum", { ...where, taps });
    },
  };
}

/** The y cells that reach x′[r, c] and their weights: row r·W + c of Cᵀ (the matrix route). */
function contributionsTo(c: LessonConfig, r: number, q: number) {
  const e = exploreConfig(c);
  const [, , W] = e.output.shape;
  const m = e.matrix;
  const row = r * W + q;
  const y = Float64Array.from(c.input.flat());
  const products: number[] = [];
  for (let k = m.rowPtr[row]; k < m.rowPtr[row + 1]; k++) products.push(y[m.colIdx[k]] * m.values[k]);
  return { e, products };
}

/** Chapter 5: how many y values reach x′[1,1] (4), counted by the core's scatter trace. */
export function contributionsQuestion(c: LessonConfig = seedReverse(), r = 1, q = 1): Question {
  const e = exploreConfig(c);
  const [, H, W] = e.output.shape;
  const answer = e.scatter ? coverage(e.scatter)[r * W + q] : 0;
  const taps = c.kernel.length * c.kernel[0].length;
  const cell = `x′[${r},${q}]`;
  return {
    id: "ch5.count",
    prompt: msg("contributions", { cell }),
    accepts: [answer],
    answer,
    figure: figureOf(c, H, W, [r, q]),
    hint: (given) => {
      if (given === taps && taps !== answer) return msg("oneToMany", { cell, taps });
      if (given < answer && given >= 1 && answer % given === 0) return msg("bothAxes", { cell, given });
      if (given > answer) return msg("tooManyPlacements", { cell, k: `${c.kernel.length}×${c.kernel[0].length}` });
      return msg("countPlacements", { cell, k: `${c.kernel.length}×${c.kernel[0].length}` });
    },
  };
}

/** Chapter 5: x′[1,1] of the reverse, 90, which is not the original x[1,1] = 2. */
export function scatterValueQuestion(c: LessonConfig = seedReverse(), r = 1, q = 1, original: LessonConfig = SEED_CONV): Question {
  const e = exploreConfig(c);
  const [, H, W] = e.output.shape;
  const answer = e.output.data[r * W + q];
  const { products } = contributionsTo(c, r, q);
  const count = products.length;
  const was = original.input[r]?.[q];
  const cell = `x′[${r},${q}]`;
  /** Sums of every proper, non-empty subset of the contributions, by subset size (2^count: count ≤ 9 here). */
  const partial = new Map<number, number>();
  for (let mask = 1; mask < (1 << count) - 1; mask++) {
    let sum = 0;
    let size = 0;
    for (let i = 0; i < count; i++) if (mask & (1 << i)) (sum += products[i], size++);
    if (!partial.has(sum) || partial.get(sum)! > size) partial.set(sum, size);
  }
  return {
    id: "ch5.value",
    prompt: msg("scatterValue", { cell }),
    accepts: [answer],
    answer,
    figure: figureOf(c, H, W, [r, q]),
    hint: (given) => {
      if (was !== undefined && given === was && was !== answer) return msg("notInverse", { cell, x: `x[${r},${q}]`, was });
      const size = partial.get(given);
      if (size === 1) return msg("oneContribution", { cell, given, count });
      if (size !== undefined) return msg("someContributions", { cell, size, count });
      return msg("scatterSum", { cell, count });
    },
  };
}

/** Chapter 6: the non-zeros of the seed's C (4×16): 36, the kernel's 9 weights in each of 4 rows. */
export function nonZerosQuestion(c: LessonConfig = SEED_CONV): Question {
  const m = exploreConfig(c).matrix;
  const answer = m.values.length;
  const taps = c.kernel.length * c.kernel[0].length;
  const size = { rows: m.rows, cols: m.cols };
  return {
    id: "ch6.nonzeros",
    prompt: msg("nonZeros", size),
    accepts: [answer],
    answer,
    figure: { input: gridOf(c.input), kernel: gridOf(c.kernel), output: null },
    hint: (given) => {
      if (given === m.rows * m.cols) return msg("allEntries", { ...size, given });
      if (given === m.rows * m.cols - answer) return msg("zerosNotNonZeros", { ...size, given });
      if (given === taps) return msg("oneRowOfC", { ...size, taps });
      if (given === m.rows || given === m.cols) return msg("sideOfC", { ...size, given });
      return msg("rowsOfC", { ...size, taps });
    },
  };
}

/** Chapter 7: the zero-insertion equivalent's border d(k−1)−p, read from the core's trace. */
export function borderQuestion(c: LessonConfig = seedReverse({ stride: [2, 2] })): Question {
  const e = exploreConfig(c);
  const zi = e.zeroInsertion;
  const answer = zi ? zi.border.top : 0;
  const k = c.kernel.length;
  const vals = { k, s: c.stride[0], p: c.padding[0], d: c.dilation[0] };
  return {
    id: "ch7.border",
    prompt: msg("border", vals),
    accepts: [answer],
    answer,
    figure: { input: gridOf(c.input), kernel: gridOf(c.kernel), output: null },
    hint: (given) => {
      if (given === c.stride[0] - 1 && given !== answer) return msg("insertedNotBorder", { ...vals, given });
      if (given === k && given !== answer) return msg("kernelNotBorder", vals);
      return msg("borderRule", vals);
    },
  };
}

/** Chapter 7: how many of the zero-insertion conv's multiplications meet a real value (the rest are wasted). */
export function usefulQuestion(c: LessonConfig = seedReverse({ stride: [2, 2] })): Question {
  const e = exploreConfig(c);
  const zi = e.zeroInsertion;
  const answer = zi ? zi.useful : 0;
  const total = zi ? zi.useful + zi.insertedZero + zi.borderZero : 0;
  const n = c.input.flat().length;
  const taps = c.kernel.length * c.kernel[0].length;
  const [, H, W] = e.output.shape;
  return {
    id: "ch7.useful",
    prompt: msg("useful", { total, cells: H * W, taps }),
    accepts: [answer],
    answer,
    figure: null,
    hint: (given) => {
      if (given === total - answer) return msg("wastedNotUseful", { given });
      if (given === total) return msg("notAllUseful", { total });
      return msg("eachMeetsAll", { n, taps });
    },
  };
}

/** The 1D conv geometry chapter 8 asks about: k=3, s=2, p=1, where inputs 5 and 6 both give 3. */
export interface SizeCase {
  input: number;
  k: number;
  s: number;
  p: number;
  d: number;
}
export const SIZES_CASE: SizeCase = { input: 6, k: 3, s: 2, p: 1, d: 1 };

/** Chapter 8: conv output size of input 5 (3, the same as input 6's). */
export function convSizeQuestion(sc: SizeCase = { ...SIZES_CASE, input: 5 }): Question {
  const answer = convOutputSize(sc.input, sc.k, sc.s, sc.p, sc.d);
  const exact = (sc.input + 2 * sc.p - sc.d * (sc.k - 1) - 1) / sc.s + 1;
  const vals = { i: sc.input, k: sc.k, s: sc.s, p: sc.p };
  return {
    id: "ch8.convSize",
    prompt: msg("convSize", vals),
    accepts: [answer],
    answer,
    figure: null,
    hint: (given) => {
      if (given === Math.ceil(exact) && given !== answer) return msg("floorNotCeil", { ...vals, exact: exact.toFixed(1) });
      if (given === sc.input) return msg("strideShrinks", vals);
      return msg("convFormula", vals);
    },
  };
}

/** Chapter 8: the output_padding that restores input 6 from conv output 3 (1): every op that does. */
export function outputPaddingQuestion(sc: SizeCase = SIZES_CASE): Question {
  const o = convOutputSize(sc.input, sc.k, sc.s, sc.p, sc.d);
  const base = convTransposeOutputSize(o, sc.k, sc.s, sc.p, sc.d, 0);
  const accepts: number[] = [];
  for (let op = 0; op < Math.max(sc.s, sc.d); op++) if (convTransposeOutputSize(o, sc.k, sc.s, sc.p, sc.d, op) === sc.input) accepts.push(op);
  const vals = { i: sc.input, o, k: sc.k, s: sc.s, p: sc.p, d: sc.d, base };
  return {
    id: "ch8.outputPadding",
    prompt: msg("outputPadding", vals),
    accepts,
    answer: accepts[0] ?? 0,
    figure: null,
    hint: (given) => {
      if (!Number.isInteger(given) || given < 0) return msg("opWhole", vals);
      if (given >= Math.max(sc.s, sc.d)) return msg("opTooLarge", vals);
      return msg("opRestores", { ...vals, given, gives: convTransposeOutputSize(o, sc.k, sc.s, sc.p, sc.d, given) });
    },
  };
}

/** Chapter 9: a kernel size in 2..5 with even coverage at stride 2 (s divides k: 2 or 4). */
export function evenKernelQuestion(s = 2, min = 2, max = 5): Question {
  const accepts: number[] = [];
  for (let k = min; k <= max; k++) if (!checkerboardRule(k, s).uneven) accepts.push(k);
  return {
    id: "ch9.evenKernel",
    prompt: msg("evenKernel", { s, min, max }),
    accepts,
    answer: accepts[0],
    figure: null,
    hint: (given) => {
      if (!Number.isInteger(given) || given < min || given > max) return msg("kernelRange", { min, max });
      const rule = checkerboardRule(given, s);
      const counts = Array.from({ length: 2 * s }, (_, i) => rule.phaseCounts[i % s]).join(", ");
      return msg("unevenCoverage", { k: given, s, counts, rem: given % s });
    },
  };
}

import { convOutputSize, convTransposeOutputSize, coverage, mulberry32, type Mode } from "../../core";
import { exploreConfig, lessonConfig, type LessonConfig } from "./lessonConfig";
import { figureOf, type Message, type Question } from "./question";

/**
 * Endless practice: question `index` of a seed and level is built from a random valid
 * configuration drawn by mulberry32 from (seed, level, index) alone, so a link ?practice=SEED
 * asks the same questions on every machine. Answers come from the core: sizes from its formulas
 * (shape.ts), values from its direct loops, contributions from its scatter trace, the border from
 * its zero-insertion trace. test/model/lesson/practice.test.ts checks each against another route.
 */

export type PracticeLevel = 1 | 2 | 3;
export const PRACTICE_LEVELS: readonly PracticeLevel[] = [1, 2, 3];

export type PracticeKind = "convSize" | "transposedSize" | "cellValue" | "contributions" | "outputPadding" | "border";
export const PRACTICE_KINDS: readonly PracticeKind[] = ["convSize", "transposedSize", "cellValue", "contributions", "outputPadding", "border"];

export interface PracticeQuestion extends Question {
  kind: PracticeKind;
  level: PracticeLevel;
  /** The configuration asked about, for "show in the explorer". */
  config: LessonConfig;
  /** The axis a size question asks about (0 rows, 1 columns) and the cell a cell question asks about. */
  axis: 0 | 1;
  cell: [number, number] | null;
}

type Rand = () => number;
const intIn = (r: Rand, a: number, b: number) => a + Math.floor(r() * (b - a + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const msg = (code: string, values: Record<string, string | number>): Message => ({ code, values });
const pairText = ([a, b]: [number, number]) => (a === b ? String(a) : `(${a}, ${b})`);

/** One 32-bit state from seed, level and index (a multiply-xorshift mix, so nearby seeds differ). */
function mix(seed: number, level: number, index: number): number {
  let h = (seed >>> 0) ^ Math.imul(level, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

interface Geometry {
  h: number;
  w: number;
  kH: number;
  kW: number;
  s: [number, number];
  p: [number, number];
  d: [number, number];
}

/** Level 1: one row (1D), small sizes; level 2: square 2D; level 3: every parameter per axis. */
function drawGeometry(r: Rand, level: PracticeLevel): Geometry {
  if (level === 1) {
    const k = intIn(r, 1, 3);
    return { h: 1, w: intIn(r, 2, 5), kH: 1, kW: k, s: [1, intIn(r, 1, 2)], p: [0, intIn(r, 0, 1)], d: [1, 1] };
  }
  if (level === 2) {
    const n = intIn(r, 2, 4);
    const k = intIn(r, 1, 3);
    const s = intIn(r, 1, 3);
    const p = intIn(r, 0, 1);
    return { h: n, w: n, kH: k, kW: k, s: [s, s], p: [p, p], d: [1, 1] };
  }
  return {
    h: intIn(r, 2, 5),
    w: intIn(r, 2, 5),
    kH: intIn(r, 1, 4),
    kW: intIn(r, 1, 4),
    s: [intIn(r, 1, 3), intIn(r, 1, 3)],
    p: [intIn(r, 0, 2), intIn(r, 0, 2)],
    d: [intIn(r, 1, 2), intIn(r, 1, 2)],
  };
}

function values(r: Rand, rows: number, cols: number, lo: number, hi: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => intIn(r, lo, hi)));
}

function configOf(r: Rand, mode: Mode, g: Geometry, op: [number, number] = [0, 0]): LessonConfig {
  return lessonConfig(mode, values(r, g.h, g.w, -2, 4), values(r, g.kH, g.kW, -1, 2), {
    stride: g.s,
    padding: g.p,
    dilation: g.d,
    outputPadding: op,
  });
}

/** Whether the core accepts a configuration (conv needs a window that fits; transposed a positive size). */
function valid(c: LessonConfig): boolean {
  try {
    exploreConfig(c);
    return true;
  } catch {
    return false;
  }
}

/** The prompt's description of a configuration, shared by every kind. */
function described(c: LessonConfig) {
  return {
    input: `${c.input.length}×${c.input[0].length}`,
    kernel: `${c.kernel.length}×${c.kernel[0].length}`,
    s: pairText(c.stride),
    p: pairText(c.padding),
    d: pairText(c.dilation),
    op: pairText(c.outputPadding),
  };
}

/** A random output_padding valid for the geometry: each axis below max(stride, dilation). */
function drawOutputPadding(r: Rand, g: Geometry, level: PracticeLevel): [number, number] {
  if (level === 1) return [0, intIn(r, 0, Math.max(g.s[1], g.d[1]) - 1)];
  if (level === 2) {
    const op = intIn(r, 0, g.s[0] - 1);
    return [op, op];
  }
  return [intIn(r, 0, Math.max(g.s[0], g.d[0]) - 1), intIn(r, 0, Math.max(g.s[1], g.d[1]) - 1)];
}

const ATTEMPTS = 200;

/** Question `index` of practice `seed` at `level`: the same question for the same three numbers. */
export function practiceQuestion(seed: number, level: PracticeLevel, index: number): PracticeQuestion {
  const r = mulberry32(mix(seed, level, index));
  const kind = PRACTICE_KINDS[Math.floor(r() * PRACTICE_KINDS.length)];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const q = build(r, kind, level);
    if (q) return q;
  }
  // Unreachable in practice (a kernel of 1 is always valid); kept so the generator never throws.
  return build(() => 0, kind, level)!;
}

function build(r: Rand, kind: PracticeKind, level: PracticeLevel): PracticeQuestion | null {
  const g = drawGeometry(r, level);
  const axis: 0 | 1 = level === 3 ? pick(r, [0, 1] as const) : 1;
  const mode: Mode = kind === "convSize" || kind === "outputPadding" || (kind === "cellValue" && r() < 0.5) ? "conv" : "transposed";
  const op = mode === "transposed" ? drawOutputPadding(r, g, level) : ([0, 0] as [number, number]);
  const c = configOf(r, mode, g, op);
  if (kind === "border" && (g.p[0] > g.d[0] * (g.kH - 1) || g.p[1] > g.d[1] * (g.kW - 1))) return null;
  if (!valid(c)) return null;
  const base = { kind, level, config: c, axis, figure: null };
  const d = described(c);
  const i = axis === 0 ? g.h : g.w;
  const k = axis === 0 ? g.kH : g.kW;
  const s = g.s[axis];
  const p = g.p[axis];
  const dl = g.d[axis];
  const rows = axis === 0 ? "Rows" : "Cols";
  switch (kind) {
    case "convSize": {
      const answer = convOutputSize(i, k, s, p, dl);
      const vals = { ...d, i, k: k, s, p, dd: dl };
      return {
        ...base,
        id: "convSize",
        cell: null,
        prompt: msg(`pConv${rows}`, d),
        accepts: [answer],
        answer,
        hint: (given) => {
          if (p > 0 && given === Math.floor((i - dl * (k - 1) - 1) / s) + 1) return msg("pForgotPadding", vals);
          if (dl > 1 && given === Math.floor((i + 2 * p - (k - 1) - 1) / s) + 1) return msg("pForgotDilation", vals);
          if (given === Math.ceil((i + 2 * p - dl * (k - 1) - 1) / s) + 1) return msg("pFloor", vals);
          return msg("pConvFormula", vals);
        },
      };
    }
    case "transposedSize": {
      const o = c.outputPadding[axis];
      const answer = convTransposeOutputSize(i, k, s, p, dl, o);
      const vals = { ...d, i, k, s, p, dd: dl, o };
      return {
        ...base,
        id: "transposedSize",
        cell: null,
        prompt: msg(`pTransposed${rows}`, d),
        accepts: [answer],
        answer,
        hint: (given) => {
          if (p > 0 && given === answer + 2 * p) return msg("pForgotPadding", vals);
          if (o > 0 && given === answer - o) return msg("pForgotOutputPadding", vals);
          if (given === i * s) return msg("pNotTimesStride", vals);
          return msg("pTransposedFormula", vals);
        },
      };
    }
    case "cellValue": {
      const e = exploreConfig(c);
      const [, H, W] = e.output.shape;
      const cell: [number, number] = [intIn(r, 0, H - 1), intIn(r, 0, W - 1)];
      const answer = e.output.data[cell[0] * W + cell[1]];
      const name = `${mode === "conv" ? "y" : "x′"}[${cell[0]},${cell[1]}]`;
      return {
        ...base,
        id: "cellValue",
        cell,
        figure: figureOf(c, H, W, cell),
        prompt: msg(mode === "conv" ? "pConvCell" : "pTransposedCell", { ...d, cell: name }),
        accepts: [answer],
        answer,
        hint: () => msg(mode === "conv" ? "pConvCellSum" : "pTransposedCellSum", { cell: name }),
      };
    }
    case "contributions": {
      const e = exploreConfig(c);
      const [, H, W] = e.output.shape;
      const cell: [number, number] = [intIn(r, 0, H - 1), intIn(r, 0, W - 1)];
      const answer = e.scatter ? coverage(e.scatter)[cell[0] * W + cell[1]] : 0;
      const name = `x′[${cell[0]},${cell[1]}]`;
      return {
        ...base,
        id: "contributions",
        cell,
        figure: figureOf(c, H, W, cell),
        prompt: msg("pContributions", { ...d, cell: name }),
        accepts: [answer],
        answer,
        hint: (given) => (given === g.kH * g.kW && answer !== given ? msg("oneToMany", { cell: name, taps: given }) : msg("countPlacements", { cell: name, k: d.kernel })),
      };
    }
    case "outputPadding": {
      const o = convOutputSize(i, k, s, p, dl);
      // Padding can crop the whole transposed output at op 0: no op restores i then; draw again.
      if ((o - 1) * s - 2 * p + dl * (k - 1) + 1 < 1) return null;
      const baseSize = convTransposeOutputSize(o, k, s, p, dl, 0);
      const answer = i - baseSize;
      const vals = { i, o, k, s, p, d: dl, base: baseSize };
      return {
        ...base,
        id: "outputPadding",
        cell: null,
        prompt: msg(`pOutputPadding${rows}`, { ...d, i, o }),
        accepts: [answer],
        answer,
        hint: (given) => {
          if (!Number.isInteger(given) || given < 0) return msg("opWhole", vals);
          if (given >= Math.max(s, dl)) return msg("opTooLarge", vals);
          return msg("opRestores", { ...vals, given, gives: convTransposeOutputSize(o, k, s, p, dl, given) });
        },
      };
    }
    case "border": {
      const zi = exploreConfig(c).zeroInsertion;
      const answer = zi ? (axis === 0 ? zi.border.top : zi.border.left) : 0;
      const vals = { k, s, p, d: dl };
      return {
        ...base,
        id: "border",
        cell: null,
        prompt: msg(`pBorder${rows}`, d),
        accepts: [answer],
        answer,
        hint: (given) => {
          if (given === s - 1 && given !== answer) return msg("insertedNotBorder", { ...vals, given });
          if (given === k && given !== answer) return msg("kernelNotBorder", vals);
          return msg("borderRule", vals);
        },
      };
    }
  }
}

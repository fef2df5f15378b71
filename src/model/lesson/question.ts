/**
 * A predict-then-check question: its prompt and hints are messages as data ({ code, values }, like
 * core/problem.ts), rendered by the lesson catalogue as `lesson.q.<code>` and `lesson.hint.<code>`;
 * its answers are computed by the core when the question is built, never typed in by hand.
 */
import type { LessonConfig } from "./lessonConfig";
import { readAnswer } from "./readAnswer";

export interface Message {
  readonly code: string;
  readonly values: Readonly<Record<string, string | number>>;
}

/** A small grid of the question's figure: a side of the computation, row-major. */
export interface FigureGrid {
  rows: number;
  cols: number;
  values: readonly number[];
}

/** What the question shows before it is answered: the operands, and the result with its "?" cell. */
export interface Figure {
  input: FigureGrid;
  kernel: FigureGrid;
  /** The result's size and the cell asked about (shown "?" until answered; the others blank), or none. */
  output: { rows: number; cols: number; ask: [number, number] | null } | null;
}

export interface Question {
  /** Stable id, also the key progress is stored under: "ch4.window". */
  readonly id: string;
  readonly prompt: Message;
  /** Every answer that counts as right (a chapter 9 kernel size: 2 or 4). */
  readonly accepts: readonly number[];
  /** The answer "show me" reveals. */
  readonly answer: number;
  /** The hint for a wrong answer, aimed at the mistake that produces it. */
  readonly hint: (given: number) => Message;
  readonly figure: Figure | null;
}

export type Verdict =
  | { verdict: "correct"; given: number }
  | { verdict: "wrong"; given: number | null; hint: Message };

/** Answers within this distance of an accepted one count (typed decimals of a float64 result). */
const TOLERANCE = 1e-9;

/** Checks a typed answer: right, or wrong with the hint for that mistake (or for text that is no number). */
export function checkAnswer(q: Question, text: string): Verdict {
  const given = readAnswer(text);
  if (given === null) return { verdict: "wrong", given: null, hint: { code: "notANumber", values: { text: text.trim().slice(0, 20) } } };
  if (q.accepts.some((a) => Math.abs(a - given) <= TOLERANCE * Math.max(1, Math.abs(a)))) return { verdict: "correct", given };
  return { verdict: "wrong", given, hint: q.hint(given) };
}

/** A figure grid from rows of numbers. */
export function gridOf(rows: readonly (readonly number[])[]): FigureGrid {
  return { rows: rows.length, cols: rows[0].length, values: rows.flat() };
}

/** The figure of a configuration: its input and kernel, and a result of outRows × outCols asking one cell. */
export function figureOf(c: LessonConfig, outRows: number, outCols: number, ask: [number, number] | null): Figure {
  return { input: gridOf(c.input), kernel: gridOf(c.kernel), output: { rows: outRows, cols: outCols, ask } };
}

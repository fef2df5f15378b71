import { problemMaker, type Problem } from "../core/problem";

/**
 * What the explorer lets a person set, one row per field: the UI's controls, the URL codec and
 * the store all enforce this one table, so a link cannot bypass a limit the controls respect.
 */
export interface Range {
  min: number;
  max: number;
}

export const LIMITS = {
  /** Input height and width (the explorer's largest case: 32×32). */
  size: { min: 1, max: 32 },
  kernel: { min: 1, max: 7 },
  channels: { min: 1, max: 4 },
  groups: { min: 1, max: 4 },
  stride: { min: 1, max: 8 },
  padding: { min: 0, max: 8 },
  dilation: { min: 1, max: 4 },
  outputPadding: { min: 0, max: 7 },
  /** Cell values: large enough for any lesson, small enough to print in a cell. */
  value: { min: -1e6, max: 1e6 },
} as const satisfies Record<string, Range>;

export type LimitName = keyof typeof LIMITS;

/** The problems a limit check reports (see core/problem.ts); `field` is a field code. */
export const LIMIT_PROBLEMS = {
  "param.notNumber": ["field", "got"],
  "param.notWhole": ["field", "got"],
  "param.range": ["field", "min", "max", "got"],
} as const;

const problem = /* @__PURE__ */ problemMaker(LIMIT_PROBLEMS);

/** The problem of a value outside its row, naming the field (a code), the range and the value. */
export function rangeProblem(field: string, v: number, r: Range): Problem | null {
  if (!Number.isFinite(v)) return problem("param.notNumber", { field, got: String(v) });
  if (!Number.isInteger(v) && r !== LIMITS.value) return problem("param.notWhole", { field, got: v });
  if (v < r.min || v > r.max) return problem("param.range", { field, min: r.min, max: r.max, got: v });
  return null;
}

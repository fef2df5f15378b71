/**
 * A refused input, described as data: a stable `code` and the `values` its message needs. The
 * i18n catalogues render `problem.<code>` in each language from these values, so no screen
 * translates by matching English text (ICU/FormatJS message ids; PyTorch's habit of naming the
 * argument and the rule). The English message travels beside it for logs and thrown errors.
 */
export interface Problem {
  readonly code: string;
  readonly values: Readonly<Record<string, string | number>>;
}

/** A RangeError that carries its problem as data, beside the English message. */
export class ProblemError extends RangeError {
  readonly problem: Problem;
  constructor(problem: Problem, message: string) {
    super(message);
    this.name = "RangeError";
    this.problem = problem;
  }
}

/** The problem an error carries, if it is a ProblemError (or a structured clone of one's fields). */
export function problemOf(err: unknown): Problem | undefined {
  if (err instanceof ProblemError) return err.problem;
  const p = (err as { problem?: unknown } | null)?.problem as Problem | undefined;
  if (p && typeof p.code === "string" && p.values && typeof p.values === "object") return p;
  return undefined;
}

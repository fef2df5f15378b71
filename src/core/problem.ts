/**
 * A refused input, described as data: a stable `code` and the `values` its message needs. The
 * i18n catalogues render `problem.<code>` in each language from these values, so no screen
 * translates by matching English text (ICU/FormatJS message ids; PyTorch's habit of naming the
 * argument and the rule). The English message travels beside it for logs and thrown errors.
 *
 * Conventions the catalogues rely on: a value named `field` (or ending in `Field`) is a field
 * code, rendered through `problem.field.<code>`; a value named `choice` (or ending in `Choice`) is
 * a comma-separated list of choice codes, each rendered through `problem.choice.<code>`; a
 * `cause` is a nested problem, rendered where the message says `{cause}`.
 */
export interface Problem {
  readonly code: string;
  readonly values: Readonly<Record<string, string | number>>;
  /** The problem this one wraps ("layer 2: …"), rendered in place of `{cause}`. */
  readonly cause?: Problem;
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

/** What a screen shows for a refusal or failure: its problem, or the message of an error nobody described. */
export type Report = Problem | string;

/** The problem an error carries, or else its message (a browser exception, a bug), shown as it is. */
export function reportOf(err: unknown): Report {
  return problemOf(err) ?? (err instanceof Error ? err.message : String(err));
}

/**
 * A module's problem codes, each with the names of its values: the single list the catalogue test
 * walks (every code translated in every language, placeholders matching these names). A name
 * `cause` stands for the nested problem, not a value.
 */
export type ProblemSpec = Readonly<Record<string, readonly string[]>>;

/** The values a code of `S` needs: every name its spec lists, except `cause`. */
export type ValuesOf<S extends ProblemSpec, C extends keyof S> = {
  readonly [K in Exclude<S[C][number], "cause">]: string | number;
};

/** A problem of `spec`'s codes, its values checked against the spec at compile time. */
export function problemMaker<S extends ProblemSpec>(_spec: S) {
  return <C extends keyof S & string>(code: C, values: ValuesOf<S, C>, cause?: Problem): Problem =>
    cause ? { code, values, cause } : { code, values };
}

/** A ProblemError of `spec`'s codes: the problem as data, the English message beside it. */
export function refusalMaker<S extends ProblemSpec>(spec: S) {
  const make = problemMaker(spec);
  return <C extends keyof S & string>(code: C, values: ValuesOf<S, C>, message: string, cause?: Problem): ProblemError =>
    new ProblemError(make(code, values, cause), message);
}

/**
 * The longest text a message quotes back from what a person typed, pasted or linked, in code
 * points. Long enough to recognise a token ("1e999", "0.333333333333333"), short enough that a
 * quote never dominates its sentence: a 100,000-digit paste once made the page 814,786 px wide.
 */
export const QUOTE_MAX = 24;

/**
 * User text echoed inside a message (a pasted token, a link's raw value, a typed field): whole
 * when it fits in QUOTE_MAX code points, otherwise its first QUOTE_MAX − 1 and "…". Every quote
 * goes through here with the same length, so one place bounds how much of it a message can hold.
 * Counts code points (a cut never splits a surrogate pair) and reads no further than the cut.
 */
export function quoted(text: string): string {
  if (text.length <= QUOTE_MAX) return text; // UTF-16 length bounds the code-point count from above
  let count = 0;
  let cut = 0;
  for (let i = 0; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) {
    if (count === QUOTE_MAX - 1) cut = i;
    if (++count > QUOTE_MAX) return `${text.slice(0, cut)}…`;
  }
  return text;
}

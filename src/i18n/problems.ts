import type { Problem } from "../core/problem";
import { format, hasPart, messageOf, needMessages, type Lang } from "./index";

/**
 * What a problem reads while its words are still on their way: the `later` part, which main.tsx
 * fetches once the start page has its first result (at most 5 s after start), and every view that
 * can show one with its chunk. Not fetched from here: the start page's disabled steppers explain
 * themselves in their titles, and that alone would fetch them before the seed grid shows. Views
 * render again when it arrives (useT, useLaterMessages).
 */
export const PENDING_TEXT = "…";

/**
 * For a message shown in full (an alert, a note), not just a title: its words are fetched now if
 * they have not arrived, rather than when the start page is up. Returns `text` unchanged.
 */
export function askIfPending(text: string): string {
  if (text === PENDING_TEXT) needMessages("later").catch(() => undefined); // offline without the app cached: "…" stays
  return text;
}

/** The template of `key`, or null when the `later` part has not arrived yet. */
function laterMessage(lang: Lang, key: string): string | null | undefined {
  return hasPart(lang, "later") ? messageOf(lang, key) : null;
}

/**
 * A problem in the given language: the catalogue's `problem.<code>` message filled from its
 * values. Field codes (`field`, `…Field`) and choice codes (`choice`, `…Choice`, comma-separated)
 * are named through the catalogue too, and a nested `cause` is rendered where `{cause}` stands
 * (core/problem.ts). A plain string is an error nobody described (a browser exception, say): it
 * is shown as it is.
 */
export function renderProblem(problem: Problem | string, lang: Lang): string {
  if (typeof problem === "string") return problem;
  const template = laterMessage(lang, `problem.${problem.code}`);
  if (template === null) return PENDING_TEXT;
  if (template === undefined) return `${problem.code} ${JSON.stringify(problem.values)}`;
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.values)) vars[name] = renderValue(name, value, lang);
  if (problem.cause) vars.cause = renderProblem(problem.cause, lang);
  return format(template, vars);
}

function message(lang: Lang, key: string): string | undefined {
  return messageOf(lang, key);
}

function renderValue(name: string, value: string | number, lang: Lang): string | number {
  if (name === "field" || name.endsWith("Field")) return message(lang, `problem.field.${value}`) ?? value;
  if (name === "choice" || name.endsWith("Choice")) {
    return String(value)
      .split(",")
      .map((c) => message(lang, `problem.choice.${c}`) ?? c)
      .join(message(lang, "problem.listSeparator"));
  }
  return value;
}

/** A problem's message filled from its raw values (field and choice codes as they are), "…" while its words are on their way. */
export function problemText(problem: Problem, lang: Lang): string {
  const template = laterMessage(lang, `problem.${problem.code}`);
  return template === null ? PENDING_TEXT : format(template ?? problem.code, problem.values);
}

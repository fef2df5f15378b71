import type { Problem } from "../core/problem";
import { format, messageOf, type Lang } from "./index";

/**
 * A problem in the given language: the catalogue's `problem.<code>` message filled from its
 * values. Field codes (`field`, `…Field`) and choice codes (`choice`, `…Choice`, comma-separated)
 * are named through the catalogue too, and a nested `cause` is rendered where `{cause}` stands
 * (core/problem.ts). A plain string is an error nobody described (a browser exception, say): it
 * is shown as it is.
 */
export function renderProblem(problem: Problem | string, lang: Lang): string {
  if (typeof problem === "string") return problem;
  const template = message(lang, `problem.${problem.code}`);
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

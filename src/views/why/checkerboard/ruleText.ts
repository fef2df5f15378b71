import type { CheckerboardRule } from "../../../core";

/**
 * The 1D interior counts of one layer as they repeat along the output, starting at a smallest one
 * and shown for at least two periods: k=3, s=2 → "1, 2, 1, 2, …"; k=1, s=2 → "0, 1, 0, 1, …".
 */
export function phaseSequence(rule: CheckerboardRule): string {
  const counts = rule.phaseCounts;
  const start = counts.indexOf(Math.min(...counts));
  const cycle = [...counts.slice(start), ...counts.slice(0, start)];
  const out: number[] = [];
  while (out.length < Math.max(4, 2 * cycle.length)) out.push(...cycle);
  return `${out.join(", ")}, …`;
}

/** Numbers as a spoken choice in the language: "1, 2, or 4" / "1、2或4". */
export function listOr(values: readonly number[], lang: string): string {
  const items = values.map(String);
  try {
    return new Intl.ListFormat(lang, { type: "disjunction" }).format(items);
  } catch {
    return items.join(" / ");
  }
}

/** Which of the three cases the rule is in. */
export function ruleCase(rule: CheckerboardRule): "even" | "uneven" | "gaps" {
  return rule.gaps ? "gaps" : rule.uneven ? "uneven" : "even";
}

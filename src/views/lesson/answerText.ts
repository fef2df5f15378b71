import type { Translate } from "../../i18n";
import type { Question } from "../../model/lesson/question";
import { formatNumber } from "../../format/number";

/** The answer as "show me" says it: one number, or "2 or 4" when several are right. */
export function answerText(q: Question, t: Translate): string {
  const all = q.accepts.map(formatNumber);
  if (all.length < 2) return formatNumber(q.answer);
  return all.reduce((a, b) => t("lesson.or", { a, b }));
}

import { useCallback } from "react";
import type { Report } from "../core/problem";
import { renderProblem } from "../i18n/problems";
import { useAppStore } from "../store";

/** Renders a refusal (a problem, or an undescribed error's message as it is) in the app's current language. */
export function useLocalizeProblem(): (problem: Report) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback((problem: Report) => renderProblem(problem, lang), [lang]);
}

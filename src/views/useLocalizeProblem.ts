import { useCallback } from "react";
import type { Report } from "../core/problem";
import { askIfPending, renderProblem } from "../i18n/problems";
import { useLaterMessages } from "./useLaterMessages";
import { useAppStore } from "../store";

/** Renders a refusal (a problem, or an undescribed error's message as it is) in the app's current language. */
export function useLocalizeProblem(): (problem: Report) => string {
  const lang = useAppStore((s) => s.lang);
  const arrived = useLaterMessages(lang);
  // What this renders is shown in full (alerts, notes): a pending one fetches its words at once.
  return useCallback((problem: Report) => askIfPending(renderProblem(problem, lang)), [lang, arrived]);
}

import { useCallback } from "react";
import { localizeProblem } from "../i18n/problems";
import { useAppStore } from "../store";

/** Renders a rule message (core, limits, paste parser) in the app's current language. */
export function useLocalizeProblem(): (message: string) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback((message: string) => localizeProblem(message, lang), [lang]);
}

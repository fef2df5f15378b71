import { useCallback } from "react";
import type { Problem } from "../../core/problem";
import { catalogues, format, type MessageKey } from "../../i18n";
import { useAppStore } from "../../store";

/** A problem rendered from its code and values as `problem.<code>` in the current language. */
export function useProblemText(): (p: Problem) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback(
    (p: Problem) => {
      const key = `problem.${p.code}` as MessageKey;
      const template = catalogues[lang][key] ?? catalogues.en[key] ?? p.code;
      return format(template, p.values);
    },
    [lang],
  );
}

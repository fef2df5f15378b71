import { useCallback } from "react";
import type { Problem } from "../../core/problem";
import { format, messageOf } from "../../i18n";
import { useAppStore } from "../../store";

/** A problem rendered from its code and values as `problem.<code>` in the current language. */
export function useProblemText(): (p: Problem) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback(
    (p: Problem) => {
      return format(messageOf(lang, `problem.${p.code}`) ?? p.code, p.values);
    },
    [lang],
  );
}

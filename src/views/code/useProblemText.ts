import { useCallback } from "react";
import type { Problem } from "../../core/problem";
import { askIfPending, problemText } from "../../i18n/problems";
import { useLaterMessages } from "../useLaterMessages";
import { useAppStore } from "../../store";

/** A problem rendered from its code and values as `problem.<code>` in the current language. */
export function useProblemText(): (p: Problem) => string {
  const lang = useAppStore((s) => s.lang);
  const arrived = useLaterMessages(lang);
  return useCallback(
    (p: Problem) => askIfPending(problemText(p, lang)),
    [lang, arrived],
  );
}

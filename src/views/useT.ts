import { useMemo } from "react";
import { translator, type Translate } from "../i18n";
import { useAppStore } from "../store";

/** The translate function for the current language; components re-render when it changes. */
export function useT(): Translate {
  const lang = useAppStore((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}

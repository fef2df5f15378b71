import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { isLoaded, loadLanguage, messagesArrived, onLanguageLoaded, translator, type Lang, type Translate } from "../i18n";
import { useAppStore } from "../store";

/**
 * The translate function for the current language; components re-render when it changes and when
 * its messages arrive. A language switched to for the first time is fetched here (main.tsx
 * fetches the first one before rendering); until it arrives the previous language stays, and a
 * failed fetch (offline without the app cached) leaves it rather than a blank.
 */
export function useT(): Translate {
  const lang = useAppStore((s) => s.lang);
  const ready = useSyncExternalStore(onLanguageLoaded, () => isLoaded(lang));
  // Every arrival renders the caller again, also one that leaves `ready` as it was (the later
  // messages: a refusal in a title read "…" until then, i18n/problems.ts).
  useSyncExternalStore(onLanguageLoaded, messagesArrived);
  const shown = useRef<Lang>("en");
  if (ready) shown.current = lang;
  useEffect(() => {
    if (!ready) loadLanguage(lang).catch((error: unknown) => console.warn(`the ${lang} messages could not be loaded`, error));
  }, [lang, ready]);
  const current = ready ? lang : shown.current;
  return useMemo(() => translator(current), [current]);
}

import { useSyncExternalStore } from "react";
import { hasPart, onLanguageLoaded, type Lang } from "../i18n";

/**
 * Renders the caller again when the words of refusals arrive (the `later` messages, see
 * i18n/index.ts): a view that showed "…" for a problem then shows its text.
 */
export function useLaterMessages(lang: Lang): boolean {
  return useSyncExternalStore(onLanguageLoaded, () => hasPart(lang, "later"));
}

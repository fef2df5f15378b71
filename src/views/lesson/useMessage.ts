import { useCallback } from "react";
import { format, messageOf } from "../../i18n";
import type { Message } from "../../model/lesson/question";
import { useAppStore } from "../../store";

/**
 * Renders a lesson message (a question's prompt or hint, as data) in the current language: the
 * catalogue's `lesson.q.<code>` or `lesson.hint.<code>` with the message's values. Every code has
 * both translations (test/i18n/features/lesson.test.ts); an unknown one shows its key.
 */
export function useMessage(): (kind: "q" | "hint", m: Message) => string {
  const lang = useAppStore((s) => s.lang);
  return useCallback(
    (kind, m) => {
      const key = `lesson.${kind}.${m.code}`;
      const template = messageOf(lang, key) ?? key;
      return format(template, m.values);
    },
    [lang],
  );
}

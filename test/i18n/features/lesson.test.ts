import { describe, expect, it } from "vitest";
import { catalogueOf, format, LANGS } from "../../../src/i18n";
import { chapters } from "../../../src/model/lesson/chapters";
import { practiceQuestion } from "../../../src/model/lesson/practice";
import type { Message, Question } from "../../../src/model/lesson/question";

/** Every question the lesson asks, and a few hundred practice questions at each level. */
function questions(): Question[] {
  const out: Question[] = chapters().flatMap((c) => [...c.questions]);
  for (const level of [1, 2, 3] as const) for (let i = 0; i < 300; i++) out.push(practiceQuestion(11, level, i));
  return out;
}

/** The hints of answers near the right one, and of values a mistake often gives. */
function hintsOf(q: Question): Message[] {
  const tries = new Set<number>([-1, 0, 0.5, ...Array.from({ length: 100 }, (_, i) => i), q.answer - 1, q.answer + 1, q.answer * 2]);
  return [...tries].filter((v) => !q.accepts.includes(v)).map((v) => q.hint(v));
}

function rendered(lang: (typeof LANGS)[number], prefix: string, m: Message): string {
  const template = (catalogueOf(lang) as Record<string, string>)[`${prefix}.${m.code}`];
  expect(template, `${lang} ${prefix}.${m.code}`).toBeTypeOf("string");
  return format(template, m.values);
}

describe("the lesson's messages", () => {
  it("render every prompt and hint in both languages with every placeholder filled", () => {
    const seen = new Set<string>();
    for (const q of questions()) {
      const messages: [string, Message][] = [["lesson.q", q.prompt], ...hintsOf(q).map((h): [string, Message] => ["lesson.hint", h])];
      for (const [prefix, m] of messages) {
        const key = `${prefix}.${m.code}:${Object.keys(m.values).sort().join(",")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        for (const lang of LANGS) expect(rendered(lang, prefix, m), key).not.toMatch(/\{\w+\}/);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
  });

  it("keep every chapter's text within about 120 words (English) and 240 characters (Chinese)", () => {
    for (const c of chapters()) {
      const en = (catalogueOf("en") as Record<string, string>)[`lesson.ch.${c.id}.body`];
      const zh = (catalogueOf("zh-CN") as Record<string, string>)[`lesson.ch.${c.id}.body`];
      expect(en.split(/\s+/).length, c.id).toBeLessThanOrEqual(120);
      expect([...zh.replace(/\s/g, "")].length, c.id).toBeLessThanOrEqual(240);
    }
  });
});

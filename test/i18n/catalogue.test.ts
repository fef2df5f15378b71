import { describe, expect, test } from "vitest";
import { catalogueOf, format, LANGS, t, translator } from "../../src/i18n";
import { en as enStart } from "../../src/i18n/en";
import { enLater } from "../../src/i18n/later.en";
import { enPages } from "../../src/i18n/pages.en";

/** Every English message: the start part, the pages' part and the later part. */
const en = { ...enStart, ...enPages, ...enLater };

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe("message catalogues", () => {
  test("every language has every English key, non-empty", () => {
    for (const lang of LANGS) {
      for (const key of Object.keys(en)) {
        const text = (catalogueOf(lang) as Record<string, string>)[key];
        expect(text, `${lang} ${key}`).toBeTypeOf("string");
        expect(text.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
      }
      expect(Object.keys(catalogueOf(lang)).sort()).toEqual(Object.keys(en).sort());
    }
  });

  test("every translation uses exactly the English placeholders", () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(en)) {
        const translated = (catalogueOf(lang) as Record<string, string>)[key];
        expect([...new Set(placeholders(translated))], `${lang} ${key}`).toEqual([...new Set(placeholders(text))]);
      }
    }
  });

  test("the Chinese catalogue is really Chinese where the English is prose", () => {
    expect(catalogueOf("zh-CN")["direction.transposed"]).toBe("转置卷积（一对多）");
    expect(catalogueOf("zh-CN")["playback.play"]).toBe("播放");
  });
});

describe("t", () => {
  test("fills placeholders", () => {
    expect(t("en", "step.convAt", { n: 2, total: 4, symbol: "y", r: 0, c: 1 })).toBe("Step 2 of 4: output y[0,1]");
    expect(t("zh-CN", "step.convAt", { n: 2, total: 4, symbol: "y", r: 0, c: 1 })).toBe("第 2 步，共 4 步：输出 y[0,1]");
  });

  test("messages without placeholders take no variables", () => {
    expect(translator("en")("playback.play")).toBe("Play");
    expect(translator("zh-CN")("playback.play")).toBe("播放");
  });

  test("a missing variable stays visible instead of vanishing", () => {
    expect(format("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});

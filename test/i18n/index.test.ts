import { describe, expect, test, vi } from "vitest";
import { en } from "../../src/i18n/en";
import { enPages } from "../../src/i18n/pages.en";
import { enLater } from "../../src/i18n/later.en";

/** A fresh copy of the module, with nothing loaded but English's start part (test/setup.ts loads everything in its own copy). */
async function freshI18n() {
  vi.resetModules();
  return import("../../src/i18n");
}

describe("messages load in parts, on demand", () => {
  test("the start part, the pages' part and the later part share no key", () => {
    const start = new Set(Object.keys(en));
    expect(Object.keys(enPages).filter((k) => start.has(k))).toEqual([]);
    expect(Object.keys(enLater).filter((k) => start.has(k) || k in enPages)).toEqual([]);
  });

  test("a problem reads … until the later part is here, then its words in each language", async () => {
    const i18n = await freshI18n();
    const { renderProblem, PENDING_TEXT } = await import("../../src/i18n/problems");
    const problem = { code: "layer.empty", values: {} };
    expect(i18n.hasPart("en", "later")).toBe(false);
    expect(renderProblem(problem, "en")).toBe(PENDING_TEXT);
    await i18n.needMessages("later");
    expect(i18n.hasPart("en", "later")).toBe(true);
    expect(renderProblem(problem, "en")).toBe(enLater["problem.layer.empty"]);
    await i18n.loadLanguage("zh-CN");
    expect(renderProblem(problem, "zh-CN")).not.toBe(enLater["problem.layer.empty"]);
    expect(renderProblem(problem, "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
  });

  test("only English's start part is there at first; Chinese falls back to English until it is loaded", async () => {
    const i18n = await freshI18n();
    expect(i18n.isLoaded("en")).toBe(true);
    expect(i18n.isLoaded("zh-CN")).toBe(false);
    expect(i18n.t("zh-CN", "playback.play")).toBe("Play");
    await i18n.loadLanguage("zh-CN");
    expect(i18n.isLoaded("zh-CN")).toBe(true);
    expect(i18n.t("zh-CN", "playback.play")).toBe("播放");
  });

  test("a page's part is fetched for every language in use, and for a language switched to later", async () => {
    const i18n = await freshI18n();
    const key = "gallery.title";
    expect(i18n.t("en", key)).toBe(key);
    await i18n.needMessages("pages");
    expect(i18n.t("en", key)).toBe(enPages[key]);
    expect(i18n.isLoaded("zh-CN")).toBe(false);
    const arrived = vi.fn();
    i18n.onLanguageLoaded(arrived);
    await i18n.loadLanguage("zh-CN");
    expect(arrived).toHaveBeenCalledTimes(2);
    expect(i18n.catalogueOf.bind(null, "en")).toThrow(/not loaded/); // the later part is not here yet
    await i18n.needMessages("later");
    expect(i18n.catalogueOf("zh-CN")[key]).not.toBe(enPages[key]);
    expect(() => i18n.catalogueOf("en")).not.toThrow();
  });

  test("concurrent loads share one fetch", async () => {
    const i18n = await freshI18n();
    const arrived = vi.fn();
    i18n.onLanguageLoaded(arrived);
    await Promise.all([i18n.loadLanguage("zh-CN"), i18n.loadLanguage("zh-CN")]);
    expect(arrived).toHaveBeenCalledTimes(1);
  });

  test("catalogueOf refuses a language whose parts are not all loaded", async () => {
    const i18n = await freshI18n();
    expect(() => i18n.catalogueOf("en")).toThrow(/not loaded/);
  });
});

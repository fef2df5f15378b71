import { describe, expect, test } from "vitest";
import fc from "fast-check";
import type { Problem } from "../../src/core/problem";
import { renderProblem } from "../../src/i18n/problems";
import { decode } from "../../src/url/codec";
import { defaultPageSettings } from "../../src/model/pageSettings";
import { readPageSettings, SETTING_FIELDS, SETTING_KEYS, settingsChange, writePageSettings } from "../../src/url/pageSettings";

describe("the pages' settings table", () => {
  test("its query fields are distinct from each other and from the explorer's", () => {
    const explorer = ["v", "page", "mode", "x", "w", "b", "oc", "g", "s", "p", "d", "op", "flip", "step", "by", "views", "lang", "present", "embed"];
    expect(new Set(SETTING_KEYS).size).toBe(SETTING_KEYS.length);
    expect(SETTING_KEYS.filter((k) => explorer.includes(k))).toEqual([]);
  });

  test("the defaults write nothing, and reading nothing gives the defaults", () => {
    expect(writePageSettings(defaultPageSettings())).toEqual([]);
    expect(readPageSettings(new Map(), () => {})).toEqual(defaultPageSettings());
  });

  test("only the lens is transient: moving it replaces the history entry, anything else pushes", () => {
    const a = defaultPageSettings();
    expect(settingsChange(a, a)).toBe("none");
    expect(settingsChange(a, { ...a, upsample: { ...a.upsample, lensX: 0.9 } })).toBe("replace");
    expect(settingsChange(a, { ...a, upsample: { ...a.upsample, lensX: 0.9, view: "diff" } })).toBe("push");
    expect(settingsChange(a, { ...a, learn: { ...a.learn } })).toBe("none");
    expect(SETTING_FIELDS.filter((f) => f.transient).map((f) => f.key)).toEqual(["lx", "ly"]);
  });

  test("every repair a settings field can report reads in 简体中文 with no English left", () => {
    const kept = new Map<string, Problem>();
    fc.assert(
      fc.property(fc.constantFrom(...SETTING_KEYS), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("-5", "1e12", "0.04", "1,2;3", "a/b", "9")), (key, value) => {
        for (const f of decode(`${key}=${encodeURIComponent(value)}`).fixes) if (f.field === key) kept.set(JSON.stringify(f.kept), f.kept);
      }),
      { numRuns: 2000 },
    );
    expect(kept.size).toBeGreaterThan(20);
    // "Adam", "RGB" and the cat Chelsea are names, written so in the Chinese catalogue too.
    const english = [...kept.values()]
      .map((k) => [renderProblem(k, "en"), renderProblem(k, "zh-CN")])
      .filter(([, zh]) => /[A-Za-z]{3,}/.test(zh.replace(/\b(Adam|RGB|SGD|Chelsea)\b/g, "")));
    expect(english).toEqual([]);
  });
});

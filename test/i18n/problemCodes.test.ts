import { describe, expect, test } from "vitest";
import { CORE_FIELD_NAMES } from "../../src/core/shape";
import { LANGS, catalogueOf } from "../../src/i18n";
import { PROBLEM_SPECS } from "../../src/i18n/problemCodes";
import { DEMO_IMAGES, DEMO_WEIGHTS, INITS, LAB_IMAGES, LAB_KERNEL_KINDS, LAB_VIEWS, OPTIMIZERS, TRAIN_IMAGES } from "../../src/model/pageSettings";
import { PAGE_NAMES, VIEW_NAMES } from "../../src/url/state";
import { GRANULARITIES } from "../../src/model/steps";
import { JOB_FIELD_NAMES } from "../../src/worker/jobProblems";

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const message = (lang: (typeof LANGS)[number], key: string) => (catalogueOf(lang) as unknown as Record<string, string | undefined>)[key];

/** Every code with its value names, from every raising module. */
const codes = new Map<string, { names: string[]; modules: string[] }>();
for (const [module, spec] of Object.entries(PROBLEM_SPECS)) {
  for (const [code, names] of Object.entries(spec)) {
    const entry = codes.get(code) ?? { names: [...(names as readonly string[])].sort(), modules: [] as string[] };
    entry.modules.push(module);
    codes.set(code, entry);
  }
}

describe("every problem code is worded in every language", () => {
  test("the raising modules declare a hundred codes and more", () => {
    expect(codes.size).toBeGreaterThanOrEqual(100);
  });

  test("a code raised by several modules means the same there: the same value names", () => {
    for (const [module, spec] of Object.entries(PROBLEM_SPECS)) {
      for (const [code, names] of Object.entries(spec)) expect([...(names as readonly string[])].sort(), `${module} ${code}`).toEqual(codes.get(code)!.names);
    }
  });

  test("every code has a non-empty message in English and 简体中文", () => {
    const missing = [];
    for (const lang of LANGS) {
      for (const code of codes.keys()) {
        const text = message(lang, `problem.${code}`);
        if (!text || !text.trim()) missing.push(`${lang} problem.${code}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("every message's placeholders are exactly its code's values, in both languages", () => {
    const wrong = [];
    for (const lang of LANGS) {
      for (const [code, { names }] of codes) {
        const got = placeholders(message(lang, `problem.${code}`) ?? "");
        if (JSON.stringify(got) !== JSON.stringify(names)) wrong.push(`${lang} problem.${code}: {${got.join("}{")}} for values ${names.join(", ")}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("the catalogue words no code that nothing raises", () => {
    const words = Object.keys(catalogueOf("en")).filter((k) => k.startsWith("problem.") && !/^problem\.(field|choice)\./.test(k) && k !== "problem.listSeparator");
    expect(words.filter((k) => !codes.has(k.slice("problem.".length)))).toEqual([]);
  });

  test("every field the core and the jobs name is named in both languages, the English as the thrown messages say it", () => {
    for (const [names, source] of [[CORE_FIELD_NAMES, "core"], [JOB_FIELD_NAMES, "jobs"]] as const) {
      for (const [field, english] of Object.entries(names)) {
        expect(message("en", `problem.field.${field}`), `${source} ${field}`).toBe(english);
        expect(message("zh-CN", `problem.field.${field}`), `${source} ${field}`).toMatch(/\S/);
      }
    }
  });

  test("every choice a link repair can fall back to is named in both languages", () => {
    const choices = [
      ...PAGE_NAMES, ...VIEW_NAMES, ...GRANULARITIES, "conv", "transposed",
      ...TRAIN_IMAGES, ...OPTIMIZERS, ...INITS, ...LAB_IMAGES, ...LAB_KERNEL_KINDS, ...LAB_VIEWS, "rgb", "gray", ...DEMO_IMAGES, ...DEMO_WEIGHTS,
    ];
    for (const lang of LANGS) for (const c of choices) expect(message(lang, `problem.choice.${c}`), `${lang} ${c}`).toMatch(/\S/);
  });
});

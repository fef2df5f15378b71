import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { catalogueOf, LANGS, loadLanguage, needMessages } from "../../src/i18n";
import { chapters } from "../../src/model/lesson/chapters";
import { practiceQuestion } from "../../src/model/lesson/practice";
import { screenshot, useApp } from "./harness/app";
import { loadAxe } from "./harness/axe";

// The app fetches each language and the pages' messages on demand; here all are needed up front.
await needMessages("pages");
await needMessages("later");
await Promise.all(LANGS.map(loadLanguage));

const open = useApp();

/** axe-core's serious and critical violations on the page as it is now, one line each. */
async function serious(page: Page): Promise<string[]> {
  await loadAxe(page);
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
}

describe("the guided lesson, walked as a student would", () => {
  for (const lang of ["en", "zh-CN"] as const) {
    const t = catalogueOf(lang);
    it(`from the start page through chapters 1–10 with only Next and right answers (${lang}), axe finding nothing serious`, async () => {
      const { page } = await open({ path: `?lang=${lang}` });
      let clicks = 0;
      const click = async (name: string) => {
        await page.getByRole("button", { name, exact: true }).click();
        clicks++;
      };
      await page.getByRole("link", { name: t["lesson.start"] }).click();
      clicks++;
      const problems: string[] = [];
      for (const chapter of chapters()) {
        await expect.poll(() => page.locator("#guided-title").textContent()).toBe(t[`lesson.ch.${chapter.id}.title`]);
        expect(new URL(page.url()).searchParams.get("lesson")).toBe(String(chapter.number));
        for (const q of chapter.questions) {
          const form = page.locator(`form[data-lesson-question="${q.id}"]`);
          await form.getByRole("textbox").fill(String(q.answer));
          await form.getByRole("button", { name: t["lesson.check"], exact: true }).click();
          clicks++;
          await expect.poll(() => form.locator("[role=status]").getAttribute("data-verdict")).toBe("correct");
        }
        // The live view opens once every question is settled; give the explorer its result.
        await page.locator(".guided-live[data-open]").waitFor();
        if (chapter.show.kind === "explorer") await page.locator(".explorer .views").waitFor();
        if (lang === "en" && [4, 5, 9].includes(chapter.number)) await screenshot(page, `lesson-ch${chapter.number}-1366x768`);
        problems.push(...(await serious(page)).map((p) => `chapter ${chapter.number}: ${p}`));
        if (chapter.number < 10) await click(`${t["lesson.next"]} →`);
      }
      expect(problems).toEqual([]);
      await expect.poll(() => page.locator(".guided-chapters [data-done]").count()).toBe(9);
      // One click on the start page's entry, 9 right answers checked, and 9 Nexts.
      expect(clicks).toBe(1 + 9 + 9);
      console.log(`lesson walk (${lang}): ${clicks} clicks`);
    });
  }

  it("in presenter mode at 1920×1080, and practice projected with R revealing the answer", async () => {
    const { page } = await open({ path: "?lang=en", viewport: { width: 1920, height: 1080 } });
    await page.goto(new URL("?lesson=5&present=1&lang=en", page.url()).href);
    await page.locator("#guided-title").waitFor();
    const q5 = chapters()[4].questions[0];
    await page.locator(`form[data-lesson-question="${q5.id}"]`).getByRole("textbox").fill("4");
    await page.locator(`form[data-lesson-question="${q5.id}"]`).getByRole("button", { name: "Check" }).click();
    await screenshot(page, "lesson-ch5-present-1920x1080");
    expect(await serious(page)).toEqual([]);

    await page.goto(new URL("?practice=7&plevel=2&present=1&lang=en", page.url()).href);
    const q = practiceQuestion(7, 2, 0);
    await page.locator(`form[data-lesson-question="${q.id}"]`).waitFor();
    await page.keyboard.press("r");
    await expect.poll(() => page.locator(".practice-revealed").textContent()).toContain(String(q.answer));
    await screenshot(page, "practice-present-1920x1080");
    expect(await serious(page)).toEqual([]);
    await page.keyboard.press("n");
    await expect.poll(() => new URL(page.url()).searchParams.get("pq")).toBe("1");
  });
});

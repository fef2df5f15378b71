import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { explore } from "../../src/core";
import { catalogueOf, LANGS, loadLanguage, needMessages, translator, type MessageKey } from "../../src/i18n";
import { toExploreParams } from "../../src/params/explorerParams";
import { decode } from "../../src/url/codec";
import { COALESCE_MS } from "../../src/url/sync";
import { formatNumber } from "../../src/format/number";
import { fixText } from "../../src/views/share/fixText";
import { activeCells, readGrid, screenshot, useApp } from "./harness/app";

// The Chinese strings and the pages' are their own chunks in the app; here all are needed up front.
await needMessages("pages");
await needMessages("later");
await Promise.all(LANGS.map(loadLanguage));

const open = useApp();

const query = (page: Page) => new URL(page.url()).searchParams;

/** The shown step, e.g. "Step 2 of 4", read from the player. */
const stepText = (page: Page) => page.locator(".timeline-main output.position").textContent();

/** A spinbutton of the parameters panel by its accessible name, e.g. "Stride (height)". */
const count = (page: Page, name: string) => page.getByRole("spinbutton", { name, exact: true });

/** Opens the input cell's inline editor with a click, types `value` and commits it with Enter (then closes the editor that moved on). */
async function typeIntoCell(page: Page, grid: string, r: number, c: number, value: string) {
  await page.locator(`[data-grid="${grid}"][data-r="${r}"][data-c="${c}"]`).click();
  const editor = page.locator(".cell-input");
  await editor.waitFor();
  await editor.fill(value);
  await editor.press("Enter");
  await page.keyboard.press("Escape");
  await expect.poll(() => page.locator(".cell-input").count()).toBe(0);
}

/** Leaves the field last typed into, so the player's keys reach the page (a text field keeps its own arrows and End). */
async function releaseFocus(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** What a reload must bring back: the grids, the parameters, the step and what it lights up. */
async function snapshot(page: Page) {
  return {
    input: await readGrid(page, "input"),
    kernel: await readGrid(page, "kernel"),
    output: await readGrid(page, "output"),
    activeInput: await activeCells(page, "input"),
    activeOutput: await activeCells(page, "output"),
    stride: [await count(page, "Stride (height)").inputValue(), await count(page, "Stride (width)").inputValue()],
    padding: [await count(page, "Padding (height)").inputValue(), await count(page, "Padding (width)").inputValue()],
    step: await stepText(page),
  };
}

/** The output grid the core computes for a decoded link's parameters (one channel), as cell texts. */
function coreOutput(search: string): string[][] {
  const { shape, data } = explore(toExploreParams(decode(search).state.params)).output;
  const [, h, w] = shape;
  return Array.from({ length: h }, (_, r) => Array.from(data.subarray(r * w, (r + 1) * w), formatNumber));
}

describe("the link holds the state, in Chromium", () => {
  it("values typed into the grid, parameters changed in the sidebar and the step come back after a reload", async () => {
    const { page } = await open();
    await expect.poll(() => readGrid(page, "input").then((g) => g.length)).toBe(4);
    await typeIntoCell(page, "input", 1, 2, "7");
    await typeIntoCell(page, "kernel", 0, 0, "-2");
    await count(page, "Stride (height)").fill("2");
    await count(page, "Padding (height)").fill("1");
    // stride 2 and padding 1 on a 4×4 input with a 3×3 kernel: o = ⌊(4 + 2 − 3)/2⌋ + 1 = 2
    await expect.poll(() => query(page).get("s")).toBe("2");
    await expect.poll(() => query(page).get("p")).toBe("1");
    // once the new trace is in, End shows the core's output for the link (pressed again until it is)
    const done = coreOutput(new URL(page.url()).search);
    await releaseFocus(page);
    await expect
      .poll(async () => {
        await page.keyboard.press("End");
        return readGrid(page, "output");
      })
      .toEqual(done);
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => query(page).get("step")).toBe("2");

    const before = await snapshot(page);
    expect(before.input[1]).toEqual(["1", "2", "7", "4"]);
    expect(before.kernel[0]).toEqual([formatNumber(-2), "1", "1"]);
    expect(before.stride).toEqual(["2", "2"]);
    expect(before.padding).toEqual(["1", "1"]);
    expect(before.step).toBe("Step 3 of 4");
    expect(before.activeOutput).toEqual([[1, 0]]);
    // the values the core computes, up to the step: three of four outputs written
    expect(before.output).toEqual([done[0], [done[1][0], ""]]);

    await page.reload();
    await page.locator('[data-grid="output"]').first().waitFor();
    await expect.poll(() => snapshot(page)).toEqual(before);
    expect(await page.locator('[data-testid="url-notice"]').count()).toBe(0);
  });

  it("a malformed link shows the notice listing each repair, over a working app; dismissing hides it", async () => {
    const bad = "?s=0&mode=sideways&x=1,2;3&zz=1";
    const { page } = await open({ path: bad });
    const notice = page.getByTestId("url-notice");
    await notice.waitFor();
    const t = translator("en");
    const { state, fixes } = decode(bad);
    expect(fixes.length).toBeGreaterThanOrEqual(4);
    const items = await notice.locator("li").allTextContents();
    expect(items).toEqual(fixes.map((f) => fixText(t, "en", f)));
    // the 2×2 input cannot take the 3×3 kernel: one repair (a smaller kernel), not every rule tried on the way
    expect(items.filter((i) => i.includes("cannot go together"))).toEqual([fixText(t, "en", fixes.find((f) => f.code === "combination")!)]);
    expect(items.at(-1)).toContain("a kernel no larger than the input");
    for (const field of ["stride", "direction", "input values", "“zz”"]) expect(await notice.textContent()).toContain(field);
    await screenshot(page, "url-malformed-notice");

    // the app runs on what could be kept: the grids are there and End computes the core's output
    const expected = coreOutput(bad);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => readGrid(page, "input").then((g) => g.length)).toBe(state.params.inH);
    await releaseFocus(page);
    await page.keyboard.press("End");
    await expect.poll(() => readGrid(page, "output")).toEqual(expected);
    // and the address bar now holds the repaired, valid state
    expect(query(page).get("zz")).toBeNull();
    expect(query(page).get("s")).toBe("1");
    expect(query(page).get("mode")).toBe("conv");

    await notice.getByRole("button", { name: "Dismiss the notice about the link" }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it("the notice speaks the link's language", async () => {
    const bad = "?s=0&mode=sideways&x=1,2;3&zz=1&lang=zh-CN";
    const { page } = await open({ path: bad });
    const notice = page.getByTestId("url-notice");
    await notice.waitFor();
    const t = translator("zh-CN");
    expect(await notice.locator("li").allTextContents()).toEqual(decode(bad).fixes.map((f) => fixText(t, "zh-CN", f)));
    expect(await notice.locator("h2").textContent()).toBe(catalogueOf("zh-CN")["notice.title"]);
  });

  it("Back and Forward move between parameter states, not between steps", async () => {
    const { page } = await open();
    await expect.poll(() => readGrid(page, "output").then((g) => g.length)).toBe(2);
    const states: Array<{ s: string | null; p: string | null; rows: number }> = [];
    const current = async () => ({ s: query(page).get("s"), p: query(page).get("p"), rows: (await readGrid(page, "output")).length });
    states.push(await current());

    await count(page, "Stride (height)").fill("2");
    await expect.poll(current).toEqual({ s: "2", p: "0", rows: 1 });
    states.push(await current());
    // a second change within COALESCE_MS would join the first entry: wait past it
    await page.waitForTimeout(COALESCE_MS + 200);
    await count(page, "Padding (height)").fill("1");
    await expect.poll(current).toEqual({ s: "2", p: "1", rows: 2 });
    states.push(await current());
    // stepping replaces the entry instead of adding one
    await releaseFocus(page);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => query(page).get("step")).toBe("1");

    await page.goBack();
    await expect.poll(current).toEqual(states[1]);
    expect(await count(page, "Padding (height)").inputValue()).toBe("0");
    await page.goBack();
    await expect.poll(current).toEqual(states[0]);
    expect(await count(page, "Stride (height)").inputValue()).toBe("1");
    await page.goForward();
    await expect.poll(current).toEqual(states[1]);
    await page.goForward();
    await expect.poll(current).toEqual(states[2]);
    // the entry kept its last step
    expect(query(page).get("step")).toBe("1");
    await expect.poll(() => stepText(page)).toBe("Step 2 of 4");
  });

  it("a Chinese link renders the app in Chinese, with no English UI strings in its chrome", async () => {
    const { page } = await open({ path: "?lang=zh-CN" });
    await expect.poll(() => readGrid(page, "input").then((g) => g.length)).toBe(4);
    const zh = catalogueOf("zh-CN");
    const en = catalogueOf("en");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    expect(await page.locator("h1").textContent()).toBe(zh["app.title"]);
    expect(await page.getByRole("navigation").getByRole("link").allTextContents()).toEqual(
      (["nav.lesson", "nav.transpose", "nav.upsample", "nav.applications", "nav.explorer", "nav.checkerboard", "nav.practice", "nav.learn", "nav.gallery"] as const).map((k) => zh[k]),
    );
    expect(await page.getByRole("button", { name: zh["playback.play"], exact: true }).count()).toBe(1);
    const tz = translator("zh-CN");
    expect(await count(page, tz("controls.axisName", { name: zh["controls.stride"], axis: zh["controls.height"] })).count()).toBe(1);

    // the chrome's visible text and accessible names, leaving out what is English on purpose (lang="en": the English title and switch)
    const chrome = await page.evaluate(() => {
      const parts: string[] = [];
      for (const root of document.querySelectorAll(".app-header, .page-nav, .explorer-sidebar, .explorer-bar, .timeline-dock, .legend")) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n instanceof Element ? n : n.parentElement!;
          if (el.closest('[lang="en"]:not(html)')) continue;
          if (n instanceof Element) for (const a of ["aria-label", "title"]) parts.push(n.getAttribute(a) ?? "");
          else parts.push(n.textContent ?? "");
        }
      }
      return parts.join("\n");
    });
    const englishKeys: MessageKey[] = [
      "nav.explorer",
      "nav.gallery",
      "controls.title",
      "controls.reset",
      "controls.input",
      "controls.kernel",
      "controls.stride",
      "controls.padding",
      "controls.dilation",
      "controls.outputPadding",
      "controls.advanced",
      "share.heading",
      "share.copy",
      "present.enter",
      "direction.conv",
      "direction.transposed",
      "playback.play",
      "playback.stepForward",
      "timeline.granularity",
      "timeline.speed",
      "timeline.loop",
    ];
    const leaks = englishKeys.filter((k) => new RegExp(`(?<![A-Za-z])${en[k].replace(/[()]/g, "\\$&")}(?![A-Za-z])`).test(chrome)).map((k) => `${k}: ${en[k]}`);
    expect(leaks).toEqual([]);
    await screenshot(page, "zh-explorer-1366x768");
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator("body").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => stepText(page)).toBe(tz("timeline.position", { n: 1, total: 4 }));
    await screenshot(page, "zh-explorer-step1-1920x1080");
  });
});

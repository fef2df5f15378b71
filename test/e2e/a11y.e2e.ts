import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { presets } from "../../src/presets/presets";
import { readGrid, useApp } from "./harness/app";
import { loadAxe } from "./harness/axe";

const open = useApp();

type Lang = "en" | "zh-CN";

interface Found {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's violations on the page as it is now (every rule axe enables by default). */
async function axeViolations(page: Page): Promise<Found[]> {
  await loadAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? "", help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** The serious and critical violations, one line each (rule, impact, count, first nodes), for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const found = await axeViolations(page);
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes.slice(0, 3).join(" | ")}`);
}

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
function luminance([r, g, b]: number[]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Each grid cell's number, its text colour and its fill composited over the backgrounds beneath
 * it. axe leaves most of these "incomplete" (a number is too short to judge, or the sticky player
 * may overlap it), so the test computes them itself.
 */
async function cellColours(page: Page): Promise<Array<{ where: string; text: string; ink: number[]; fill: number[] }>> {
  return page.locator("[data-grid][data-r][data-c]").evaluateAll((els) => {
    const parse = (css: string): number[] => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    return els
      .filter((el) => (el.textContent ?? "").trim() !== "" && (el as HTMLElement).checkVisibility() && getComputedStyle(el).fontSize !== "0px")
      .map((el) => {
        const layers: number[][] = [];
        for (let n: Element | null = el; n; n = n.parentElement) {
          const bg = parse(getComputedStyle(n).backgroundColor);
          if (bg[3] > 0) layers.push(bg);
          if (bg[3] >= 1) break;
        }
        let fill = [255, 255, 255, 1];
        for (const layer of layers.reverse()) fill = over(layer, fill);
        const ink = over(parse(getComputedStyle(el).color), fill);
        return {
          where: `${el.getAttribute("data-grid")}[${el.getAttribute("data-r")},${el.getAttribute("data-c")}] state=${el.getAttribute("data-state")}`,
          text: (el.textContent ?? "").trim(),
          ink: ink.slice(0, 3),
          fill: fill.slice(0, 3),
        };
      });
  });
}

async function stepForward(page: Page, n: number) {
  await page.locator("body").focus();
  for (let i = 0; i < n; i++) await page.keyboard.press("ArrowRight");
}

const REVERSE_ALL_VIEWS = "?mode=transposed&x=18,27;18,27&views=scatter,zero,matrix";

/** What shows that a why page has computed what it draws (each waits on a worker). */
const WHY_READY: Record<string, (page: Page) => Promise<void>> = {
  transpose: (page) => page.locator('[data-matrix="conv"][data-shape="4x16"]').waitFor(),
  upsample: (page) => page.getByTestId("panel-transposed").locator("canvas").waitFor({ timeout: 15_000 }),
  checkerboard: (page) => page.getByTestId("demo-transposed").locator("canvas").waitFor({ timeout: 15_000 }),
  learn: (page) => page.locator('[data-kernel="learned"] td').first().waitFor(),
  applications: (page) => page.locator('[data-projection="ready"]').waitFor({ timeout: 15_000 }),
};

describe.each<Lang>(["en", "zh-CN"])("axe-core finds no serious or critical violations, in %s", (lang) => {
  it("on the explorer's seed example, before and during the steps", async () => {
    const { page } = await open({ path: `?lang=${lang}` });
    await expect.poll(() => readGrid(page, "input").then((g) => g.length)).toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
    await stepForward(page, 3);
    await expect.poll(() => page.locator('[data-grid="output"][data-active="true"]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("on the reverse with all three views, mid-way through the scatter", async () => {
    const { page } = await open({ path: `${REVERSE_ALL_VIEWS}&lang=${lang}`, viewport: { width: 1920, height: 1080 } });
    await page.locator('[data-view="zero"]').waitFor();
    await page.locator('[data-grid="matrix"]').first().waitFor();
    await stepForward(page, 2);
    await expect.poll(() => page.locator('[data-grid="output"][data-active="true"]').count()).toBe(9);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("on the presenter view", async () => {
    const { page } = await open({ path: `?present=1&mode=transposed&x=18,27;18,27&lang=${lang}`, viewport: { width: 1920, height: 1080 } });
    await stepForward(page, 2);
    await page.locator(".present-caption").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("on the preset gallery", async () => {
    const { page } = await open({ path: `?lang=${lang}` });
    await page.goto(new URL(`?page=gallery&lang=${lang}`, page.url()).href);
    await page.locator(".preset-card").first().waitFor();
    await expect.poll(() => page.locator('.thumb[data-ready="true"]').count(), { timeout: 15_000 }).toBe(presets().length);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("on each why page", async () => {
    const { page } = await open({ path: `?lang=${lang}` });
    const found: Record<string, string[]> = {};
    for (const [name, ready] of Object.entries(WHY_READY)) {
      await page.goto(new URL(`?page=${name}&lang=${lang}`, page.url()).href);
      await ready(page);
      found[name] = await seriousViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(WHY_READY).map((k) => [k, []])));
  });

  it("the numbers in every grid cell meet WCAG AA contrast (4.5:1) against their fill, at every kind of step", async () => {
    const { page } = await open({ path: `${REVERSE_ALL_VIEWS}&lang=${lang}`, viewport: { width: 1920, height: 1080 } });
    await page.locator('[data-grid="matrix"]').first().waitFor();
    const low: string[] = [];
    let checked = 0;
    const check = async () => {
      const cells = await cellColours(page);
      checked += cells.length;
      for (const c of cells) {
        const ratio = contrast(c.ink, c.fill);
        if (ratio < 4.5) low.push(`${c.where} "${c.text}" ${ratio.toFixed(2)}:1 (ink ${c.ink.map(Math.round)}, fill ${c.fill.map(Math.round)})`);
      }
    };
    await check();
    await stepForward(page, 2);
    await expect.poll(() => page.locator('[data-grid="output"][data-active="true"]').count()).toBe(9);
    await check();
    await page.locator('[data-grid="output"][data-r="1"][data-c="1"]').hover();
    await expect.poll(() => page.locator('[data-linked="true"]').count()).toBeGreaterThan(0);
    await check();
    await page.keyboard.press("End");
    await check();
    // presenter mode redraws the same cells larger, on its own high-contrast palette
    await page.goto(new URL(`${REVERSE_ALL_VIEWS}&present=1&step=1&lang=${lang}`, page.url()).href);
    await expect.poll(() => page.locator('[data-grid="output"][data-active="true"]').count()).toBe(9);
    await check();
    expect(checked).toBeGreaterThan(500);
    expect([...new Set(low)]).toEqual([]);
  });
});

import { describe, expect, it, inject } from "vitest";
import type { Page } from "playwright-core";
import { PAGE_NAMES } from "../../src/url/state";
import { screenshot, useApp } from "./harness/app";

const open = useApp();

/** A phone, a tablet upright, a tablet lying down, a laptop, a desk or projector screen. */
const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const LANGS = ["en", "zh-CN"] as const;
/** The tutorial's reverse at stride 2: 4 steps, each writing a 3×3 block of the 5×5 x′. */
const REVERSE_S2 = "?mode=transposed&x=18,27;18,27&s=2";

const url = (path: string) => new URL(path, inject("baseURL")).href;

/** Opens a page on the same tab and waits until it has loaded what it loads (images, workers' first results). */
async function visit(page: Page, path: string) {
  await page.goto(url(path));
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The page's scroll width and the viewport's, and the widest element past the right edge (for the message). */
async function widths(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    let widest = "";
    let right = vw;
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect().right;
      if (r > right) [right, widest] = [r, `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`];
    }
    return { scroll: document.documentElement.scrollWidth, vw, widest };
  });
}

/**
 * Each active cell of the output grids: whether it lies inside the viewport and is what the browser
 * finds at its centre. The zero-insertion view's output counts where that view sits beside the
 * scatter-add; in one column it is further down the page (no control covers it) and the scatter-add's
 * x′ is the one kept in sight.
 */
async function writtenCells(page: Page) {
  return page.locator('[data-grid="output"][data-active="true"], [data-grid="zero-output"][data-active="true"]').evaluateAll((all) => {
    const top = (view: string) => document.querySelector(`.view-card[data-view="${view}"]`)?.getBoundingClientRect().top ?? NaN;
    const beside = Math.abs(top("scatter") - top("zero")) < 40;
    const els = all.filter((el) => beside || el.getAttribute("data-grid") === "output");
    return els.map((el) => {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      const inside = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
      return `${el.getAttribute("data-grid")}[${el.getAttribute("data-r")},${el.getAttribute("data-c")}] ${inside && hit !== null && el.contains(hit) ? "seen" : `hidden under ${hit?.className || hit?.tagName || "nothing"}`}`;
    });
  });
}

describe("layout on every screen, in Chromium", () => {
  for (const [index, size] of SIZES.entries()) {
    const at = `${size.width}×${size.height}`;
    it(`at ${at}: every page in both languages is no wider than the screen, and the reverse's written cells stay in sight`, { timeout: 180_000 }, async () => {
      const { page } = await open({ path: `${REVERSE_S2}&lang=en`, viewport: size });
      for (const lang of LANGS) {
        for (const name of PAGE_NAMES) {
          await visit(page, `?page=${name}&lang=${lang}`);
          const w = await widths(page);
          expect(w.scroll, `${name} in ${lang} at ${at}: ${w.widest} passes the right edge`).toBeLessThanOrEqual(w.vw);
        }
      }
      // presenter mode on every page too, in one language a size (alternating), to keep the run short
      const lang = LANGS[index % 2];
      for (const name of PAGE_NAMES) {
        await visit(page, `?page=${name}&lang=${lang}&present=1`);
        expect(await page.locator(".app[data-present]").count(), `${name} in presenter mode`).toBe(1);
        const w = await widths(page);
        expect(w.scroll, `${name} in presenter mode, ${lang}, at ${at}: ${w.widest} passes the right edge`).toBeLessThanOrEqual(w.vw);
      }

      await visit(page, `${REVERSE_S2}&lang=en`);
      await expect.poll(() => page.locator('[data-grid="output"][data-r]').count()).toBe(25);
      await page.locator("body").focus();
      for (let step = 1; step <= 4; step++) {
        await page.keyboard.press("ArrowRight");
        await expect.poll(() => page.locator('[data-grid="output"][data-active="true"]').count()).toBe(9);
        // every written cell in both output grids, seen: the page has scrolled it out from under the player
        await expect
          .poll(async () => (await writtenCells(page)).filter((c) => !c.endsWith("seen")), { timeout: 3_000 })
          .toEqual([]);
        const w = await widths(page);
        expect(w.scroll, `step ${step}: ${w.widest}`).toBeLessThanOrEqual(w.vw);
      }
      await screenshot(page, `layout-reverse-s2-end-${size.width}x${size.height}`);
    });
  }

  it("at 1366×768, once the reverse of the tutorial's example finishes, x′ sits beside the original x with 'x′ is not the original x' under them", async () => {
    const { page } = await open({ path: "?lang=en", viewport: { width: 1366, height: 768 } });
    await page.getByRole("button", { name: "Transposed convolution (one-to-many)" }).click();
    await expect.poll(() => page.locator('[data-grid="output"][data-r]').count()).toBe(16);
    await page.locator("body").focus();
    await page.keyboard.press("End");
    await expect.poll(() => page.locator(".done-tag[data-visible=true]").count()).toBe(1);
    const seen = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const r = el.getBoundingClientRect();
        const dock = document.querySelector(".timeline-dock")!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= Math.min(innerHeight, dock.top) && r.height > 0;
      });
    await expect.poll(() => seen('figure[data-grid-name="original"]')).toBe(true);
    await expect.poll(() => seen('figure[data-grid-name="output"]')).toBe(true);
    await expect.poll(() => seen('[data-testid="not-inverse"]')).toBe(true);
    expect(await page.getByTestId("not-inverse").textContent()).toMatch(/x′ is not the original x/);
    await screenshot(page, "layout-reverse-finished-1366x768");
  });

  for (const [label, x] of [
    ["the tutorial's reverse", "18,27;18,27"],
    ["an 8×8 input", Array.from({ length: 8 }, (_, r) => Array.from({ length: 8 }, (_, c) => (r + c) % 5).join(",")).join(";")],
  ] as const) {
    it(`presenter mode at 1920×1080 puts the three views of ${label} side by side, every box inside the screen`, async () => {
      const size = { width: 1920, height: 1080 };
      const { page } = await open({ path: `?present=1&mode=transposed&s=2&x=${x}&views=scatter,zero,matrix&lang=en`, viewport: size });
      await page.locator(".matrix-view").waitFor();
      const boxes = await page.locator('.view-card[data-view="scatter"], .view-card[data-view="zero"], .matrix-view').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }),
      );
      expect(boxes).toHaveLength(3);
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.top).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(size.width);
        expect(b.bottom).toBeLessThanOrEqual(size.height);
      }
      // side by side: one row, left to right
      expect(Math.max(...boxes.map((b) => b.top)) - Math.min(...boxes.map((b) => b.top))).toBeLessThan(40);
      await screenshot(page, `layout-present-${label.replace(/\W+/g, "-")}-1920x1080`);
    });
  }
});

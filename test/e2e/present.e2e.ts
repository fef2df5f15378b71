import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readGrid, screenshot, useApp } from "./harness/app";

const open = useApp();

const FULL_HD = { width: 1920, height: 1080 };

/** The smallest number size (px) in each grid, over every cell that shows a number. */
async function smallestType(page: Page): Promise<Record<string, number>> {
  return page.locator("[data-grid][data-r][data-c]").evaluateAll((els) => {
    const out: Record<string, number> = {};
    for (const el of els) {
      const name = el.getAttribute("data-grid")!;
      if (name === "matrix" || name.startsWith("vec-") || !(el as HTMLElement).checkVisibility()) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      out[name] = Math.min(out[name] ?? Infinity, px);
    }
    return out;
  });
}

/** Which of the explorer's non-presenter parts are visible. */
async function visibleChrome(page: Page): Promise<string[]> {
  const parts = [".tagline", ".page-nav", ".lang-switch", ".explorer-sidebar", ".explorer-bar", ".check", ".legend", ".note", ".code-panel", ".status-line", ".view-lead", ".mx-lead", ".mx-footer", ".edit-drawer"];
  const shown: string[] = [];
  for (const part of parts) {
    const all = page.locator(part);
    for (let i = 0; i < (await all.count()); i++) if (await all.nth(i).isVisible()) shown.push(part);
  }
  return [...new Set(shown)];
}

async function stepForward(page: Page, n: number) {
  await page.locator("body").focus();
  for (let i = 0; i < n; i++) await page.keyboard.press("ArrowRight");
}

describe("presenter mode at 1920×1080, in Chromium", () => {
  it("shows the views, the player and the caption, with cell numbers of at least 28 px", async () => {
    const { page } = await open({ path: "?present=1", viewport: FULL_HD });
    await expect.poll(() => readGrid(page, "input").then((g) => g.length)).toBe(4);
    await stepForward(page, 2);
    await page.locator(".present-caption").waitFor();
    const output = await page.locator('[data-grid="output"][data-r="0"][data-c="0"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(output).toBeGreaterThanOrEqual(28);
    const sizes = await smallestType(page);
    expect(Object.keys(sizes).sort()).toEqual(["input", "kernel", "output"]);
    for (const [grid, px] of Object.entries(sizes)) expect(px, grid).toBeGreaterThanOrEqual(28);

    expect(await visibleChrome(page)).toEqual([]);
    expect(await page.locator(".present-caption").textContent()).toBe(await page.getByTestId("step-narration").textContent());
    expect(await page.getByRole("button", { name: "Play", exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Leave presenter mode (Esc)" }).isVisible()).toBe(true);
    // the caption reads black on white
    expect(await page.locator(".present-caption").evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])).toEqual([
      "rgb(0, 0, 0)",
      "rgb(255, 255, 255)",
    ]);
    await screenshot(page, "present-seed-step2-1920x1080");
  });

  it("one view a row (V, for the back of a hall) keeps every grid of the reverse's three views at least 28 px, and the matrix scaled up", async () => {
    const { page } = await open({ path: "?present=1&mode=transposed&x=18,27;18,27&views=scatter,zero,matrix", viewport: FULL_HD });
    await page.locator('[data-grid="matrix"]').first().waitFor();
    // side by side (the default) each view gets a third of the screen; V stacks them at full size
    await page.locator("body").focus();
    await page.keyboard.press("v");
    await expect.poll(() => page.locator(".app").getAttribute("data-present-layout")).toBe("stack");
    await stepForward(page, 2);
    await expect.poll(() => page.locator('[data-grid="output"][data-active="true"]').count()).toBe(9);
    const sizes = await smallestType(page);
    expect(Object.keys(sizes).sort()).toEqual(["contribution", "input", "kernel", "output", "rotated", "upsampled", "zero-output"]);
    for (const grid of ["input", "kernel", "output", "rotated", "upsampled", "zero-output"]) expect(sizes[grid], grid).toBeGreaterThanOrEqual(28);
    // the matrix, sized in px for a desk, is drawn 1.6 times larger and still fits the screen's width
    const matrix = await page.locator(".matrix-view").evaluate((el) => ({
      zoom: getComputedStyle(el).zoom,
      right: el.getBoundingClientRect().right,
      overflow: el.scrollWidth - el.clientWidth,
    }));
    expect(matrix.zoom).toBe("1.6");
    expect(matrix.right).toBeLessThanOrEqual(FULL_HD.width);
    expect(matrix.overflow).toBeLessThanOrEqual(0);
    expect(await visibleChrome(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(FULL_HD.width);
    await screenshot(page, "present-reverse-step2-1920x1080");
    await page.screenshot({ path: `${process.cwd()}/test-results/present-reverse-step2-1920x1080-full.png`, fullPage: true });
  });

  it("D, K, S and P change the direction, kernel size, stride and padding; ? opens the shortcut sheet; the player reads at 20 px or more", async () => {
    const { page } = await open({ path: "?present=1", viewport: FULL_HD });
    await expect.poll(() => readGrid(page, "output").then((g) => g.length)).toBe(2);
    await page.locator("body").focus();
    await page.keyboard.press("d");
    await expect.poll(() => new URL(page.url()).searchParams.get("mode")).toBe("transposed");
    await page.keyboard.press("s");
    await expect.poll(() => new URL(page.url()).searchParams.get("s")).toBe("2");
    await page.keyboard.press("p");
    await expect.poll(() => new URL(page.url()).searchParams.get("p")).toBe("1");
    await page.keyboard.press("Shift+P");
    await expect.poll(() => new URL(page.url()).searchParams.get("p") ?? "0").toBe("0");
    await page.keyboard.press("Shift+K");
    await expect.poll(() => page.locator('.present-stepper[data-param="kernel"] output').textContent()).toBe("2");
    // the core's numbers follow: the transposed conv of the 2×2 seed output with a 2×2 kernel at stride 2 is 4×4
    await expect.poll(() => readGrid(page, "output").then((g) => [g.length, g[0]?.length])).toEqual([4, 4]);

    const smallest = await page.locator(".playback, .playback *").evaluateAll((els) =>
      Math.min(...els.filter((el) => (el as HTMLElement).checkVisibility() && el.textContent?.trim() && el.children.length === 0).map((el) => parseFloat(getComputedStyle(el).fontSize))),
    );
    expect(smallest).toBeGreaterThanOrEqual(20);

    await page.keyboard.press("?");
    const sheet = page.locator("dialog.shortcut-sheet");
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(await sheet.textContent()).toMatch(/stride one more, one less/);
    await page.keyboard.press("Escape");
    await expect.poll(() => sheet.isVisible()).toBe(false);
    // Esc closed the sheet, not presenter mode
    expect(new URL(page.url()).searchParams.get("present")).toBe("1");
    await screenshot(page, "present-keys-1920x1080");
  });

  it("speaks Chinese in presenter mode too", async () => {
    const { page } = await open({ path: "?present=1&mode=transposed&x=18,27;18,27&lang=zh-CN", viewport: FULL_HD });
    await stepForward(page, 1);
    await page.locator(".present-caption").waitFor();
    expect(await page.locator(".present-caption").textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await visibleChrome(page)).toEqual([]);
    await screenshot(page, "present-zh-reverse-step1-1920x1080");
  });

  it("Esc leaves presenter mode and brings the chrome back", async () => {
    const { page } = await open({ path: "?present=1", viewport: FULL_HD });
    await expect.poll(() => readGrid(page, "input").then((g) => g.length)).toBe(4);
    await page.locator("body").focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => new URL(page.url()).searchParams.get("present")).toBeNull();
    expect(await page.locator(".explorer-sidebar").isVisible()).toBe(true);
    const output = await page.locator('[data-grid="output"][data-r="0"][data-c="0"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(output).toBeLessThan(28);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { explore } from "../../src/core";
import { toExploreParams } from "../../src/params/explorerParams";
import { presets } from "../../src/presets/presets";
import { formatNumber } from "../../src/format/number";
import { readGrid, useApp } from "./harness/app";

const open = useApp();

/** The core's output planes (one per channel), as the explorer's output grid writes them: rows of cell texts. */
function expectedPlanes(params: ReturnType<typeof presets>[number]["state"]["params"]): string[][][] {
  const { shape, data } = explore(toExploreParams(params)).output;
  const [c, h, w] = shape;
  return Array.from({ length: c }, (_, k) =>
    Array.from({ length: h }, (_, r) => Array.from(data.subarray((k * h + r) * w, (k * h + r + 1) * w), formatNumber)),
  );
}

async function toGallery(page: Page) {
  await page.getByRole("navigation").getByRole("link", { name: "Presets" }).click();
  await page.locator(".preset-card").first().waitFor();
}

describe("the preset gallery, in Chromium", () => {
  it("every card opens its preset in the explorer and shows the output values the core computes", async () => {
    const { page } = await open();
    for (const preset of presets()) {
      await toGallery(page);
      const link = page.locator(`[data-preset="${preset.id}"] .preset-title a`);
      expect(await link.getAttribute("href"), preset.id).toMatch(/^\?v=1&/);
      await link.click();
      await page.locator('[data-grid="output"]').first().waitFor();
      expect(new URL(page.url()).searchParams.get("page"), preset.id).toBeNull();
      await page.locator("body").focus();
      await page.keyboard.press("End");
      // One output plane is shown at a time (the channel of the current step when there are several).
      const planes = expectedPlanes(preset.state.params);
      const shown = async () => {
        const grid = await readGrid(page, "output");
        return planes.findIndex((plane) => JSON.stringify(plane) === JSON.stringify(grid));
      };
      await expect.poll(shown, { message: `${preset.id}: the output grid is one of the core's output planes` }).toBeGreaterThanOrEqual(0);
      if (planes.length === 1) expect(await readGrid(page, "output"), preset.id).toEqual(planes[0]);
    }
  }, 150_000); // one pass through every preset (19 of them), several seconds each on a loaded machine

  it("thumbnails are drawn from the worker's results, and a card is one keyboard stop that Enter opens", async () => {
    const { page } = await open();
    await toGallery(page);
    await expect.poll(() => page.locator('svg.thumb[data-ready="true"]').count(), { timeout: 10_000 }).toBe(presets().length);
    const seedReverse = page.locator('[data-preset="seedReverse"] [data-thumb="output"] text');
    expect(await seedReverse.allTextContents()).toEqual(["18", "45", "45", "27", "36", "90", "90", "54", "36", "90", "90", "54", "18", "45", "45", "27"]);
    const first = page.locator('[data-preset="seed"] .preset-title a');
    await first.focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[data-preset]")?.getAttribute("data-preset"))).toBe("seedReverse");
    await page.keyboard.press("Enter");
    await page.locator('[data-grid="output"]').first().waitFor();
    await page.locator("body").focus();
    await page.keyboard.press("End");
    await expect.poll(() => readGrid(page, "output").then((g) => g.flat().join(" "))).toBe("18 45 45 27 36 90 90 54 36 90 90 54 18 45 45 27");
  });

  it("GIF export encodes the whole trace in a worker: the progress bar reaches 100% and the file is a GIF89a", async () => {
    const { page, workers } = await open();
    await toGallery(page);
    const gif = page.getByRole("button", { name: "GIF", exact: true });
    await expect.poll(() => gif.isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent("download"), gif.click()]);
    expect(download.suggestedFilename()).toBe("conv-4x4-k3-s1.gif");
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 6).toString("latin1")).toBe("GIF89a");
    expect(bytes.length).toBeGreaterThan(1000);
    const progress = page.locator(".export-progress progress");
    expect(await progress.getAttribute("max")).toBe("5");
    expect(await progress.evaluate((el) => (el as HTMLProgressElement).value)).toBe(5);
    expect(await page.getByRole("status").textContent()).toContain("Saved conv-4x4-k3-s1.gif");
    expect(workers.some((w) => w.url().includes("gif.worker"))).toBe(true);
  });
});

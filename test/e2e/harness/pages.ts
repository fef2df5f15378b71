import type { Page } from "playwright-core";
import { PAGE_NAMES, type PageName } from "../../../src/url/state";

export { PAGE_NAMES, type PageName };

/**
 * Waits until `name` is on screen with its own content: the explorer's output grid, or another
 * page's main region with its heading and no chunk placeholder or chunk failure left in it.
 */
export async function waitForPage(page: Page, name: PageName): Promise<void> {
  if (name === "explorer") {
    await page.locator('[data-grid="input"][data-r="3"][data-c="3"]').first().waitFor();
    return;
  }
  const main = page.locator(`main[data-page="${name}"]`);
  await main.locator("h1, h2").first().waitFor();
  await page.waitForFunction((n) => {
    const m = document.querySelector(`main[data-page="${n}"]`);
    return m !== null && m.querySelector("[data-chunk]") === null;
  }, name);
}

/** Goes to `name` by its link (as a reload would), in `lang`, and waits for it. */
export async function gotoPage(page: Page, name: PageName, lang: "en" | "zh-CN" = "en"): Promise<void> {
  const query = `?${name === "explorer" ? "" : `page=${name}&`}lang=${lang}`;
  await page.goto(new URL(query, page.url()).href);
  await waitForPage(page, name);
}

import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readGrid, useApp } from "./harness/app";

const open = useApp();

/**
 * Wraps the page's Worker before the app starts: every worker made is kept in window.__workers,
 * and postMessage drops the next window.__swallow messages it is given (a worker that lost its
 * messages), so a test can break the compute worker from outside as the hostile pass did.
 */
async function wrapWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { Worker: typeof Worker; __workers: Worker[]; __swallow: number };
    const Real = w.Worker;
    w.__workers = [];
    w.__swallow = 0;
    w.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        w.__workers.push(this);
      }
      override postMessage(message: unknown, transfer?: unknown): void {
        if (w.__swallow > 0) {
          w.__swallow--;
          return;
        }
        super.postMessage(message, transfer as Transferable[]);
      }
    } as typeof Worker;
  });
}

const sizes = async (page: Page) => {
  const x = await readGrid(page, "input");
  const y = await readGrid(page, "output");
  return `x ${x.length}×${x[0]?.length ?? 0} → y ${y.length}×${y[0]?.length ?? 0}`;
};

/** Opens the app, then reloads it with the page's Worker wrapped (an init script runs before the app). */
async function openWrapped(path = ""): Promise<Page> {
  const { page } = await open({ path, viewport: { width: 1366, height: 768 } });
  await wrapWorkers(page);
  await page.reload();
  await page.locator('[data-grid="output"]').first().waitFor({ state: "attached" });
  return page;
}

describe("the compute worker's watchdog, in Chromium", () => {
  it("a worker terminated from outside: the views say the result is pending, then the watchdog restarts it and the new result is shown", async () => {
    const page = await openWrapped();
    await expect.poll(() => sizes(page)).toBe("x 4×4 → y 2×2");
    await page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.forEach((w) => w.terminate()));
    await page.getByRole("button", { name: "Increase Input (width)" }).click();
    // Within a moment the old picture is marked as such; it is never shown as the new parameters' result.
    await page.getByTestId("compute-pending").waitFor({ timeout: 3_000 });
    expect(await page.getByTestId("compute-pending").textContent()).toContain("input 4×5");
    expect(await page.locator(".views").getAttribute("data-stale")).toBe("true");
    // The watchdog's deadline is 4 s for a configuration this small; the retry goes to a fresh worker.
    await expect.poll(() => sizes(page), { timeout: 15_000 }).toBe("x 4×5 → y 2×3");
    await page.getByTestId("compute-restarted").waitFor({ timeout: 3_000 });
    expect(await page.getByTestId("compute-pending").count()).toBe(0);
    expect(await page.locator(".views").getAttribute("data-stale")).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.length)).toBeGreaterThanOrEqual(2);
  });

  it("a worker that swallows messages: restarted and asked again, with the notice in Chinese too", async () => {
    const page = await openWrapped("?lang=zh-CN");
    await expect.poll(() => sizes(page)).toBe("x 4×4 → y 2×2");
    // The next request is lost; the watchdog's retry, to a fresh worker, goes through.
    await page.evaluate(() => ((window as unknown as { __swallow: number }).__swallow = 1));
    await page.getByRole("button", { name: "增大输入（宽）" }).click();
    await page.getByTestId("compute-pending").waitFor({ timeout: 3_000 });
    expect(await page.getByTestId("compute-pending").textContent()).toContain("输入 4×5");
    await expect.poll(() => sizes(page), { timeout: 15_000 }).toBe("x 4×5 → y 2×3");
    expect(await page.getByTestId("compute-restarted").textContent()).toContain("重新启动");
  });

  it("a worker that loses every message: after the retry, the error says so, and the next change recovers", async () => {
    const page = await openWrapped();
    await expect.poll(() => sizes(page)).toBe("x 4×4 → y 2×2");
    await page.evaluate(() => ((window as unknown as { __swallow: number }).__swallow = 2));
    await page.getByRole("button", { name: "Increase Input (width)" }).click();
    const alert = page.locator(".error-notice");
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain("The compute worker did not answer within 4 s, twice");
    expect(await page.getByTestId("compute-pending").count()).toBe(0);
    await page.getByRole("button", { name: "Increase Input (width)" }).click();
    await expect.poll(() => sizes(page), { timeout: 15_000 }).toBe("x 4×6 → y 2×4");
  });
});

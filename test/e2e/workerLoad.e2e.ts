import { describe, expect, it } from "vitest";
import { readGrid, useApp } from "./harness/app";

const open = useApp();

describe("a worker script that cannot be loaded says so, in Chromium", () => {
  it("the explorer says the compute worker could not be loaded (not that it crashed), and Try again recovers once it loads", async () => {
    const { page } = await open();
    const context = page.context();
    let blocked = true;
    await context.route(/compute\.worker[^/]*\.js/, (route) => (blocked ? route.abort("internetdisconnected") : route.continue()));
    page.removeAllListeners("console"); // the failed fetch logs a network error, which is the point here
    await page.reload();
    const alert = page.locator(".error-notice");
    await alert.waitFor({ timeout: 10_000 });
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("The compute worker could not be loaded");
    expect(text).not.toContain("stopped unexpectedly");
    blocked = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect.poll(() => readGrid(page, "output").then((g) => g.length), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => alert.count()).toBe(0);
  });

  it("a why page says its image worker could not be loaded, offers Try again, and recovers once it loads", async () => {
    const { page } = await open();
    let blocked = true;
    await page.context().route(/image\.worker[^/]*\.js/, (route) => (blocked ? route.abort("internetdisconnected") : route.continue()));
    page.removeAllListeners("console"); // the failed fetch logs a network error, which is the point here
    await page.goto(new URL("?page=checkerboard", page.url()).href);
    const alert = page.locator(".why-error", { hasText: "could not be loaded" }).first();
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).not.toContain("stopped unexpectedly");
    expect(await page.locator(".coverage-results").count()).toBe(0);
    blocked = false;
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.locator(".coverage-results").waitFor({ timeout: 15_000 });
  });
});

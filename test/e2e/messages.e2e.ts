import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useApp } from "./harness/app";

const open = useApp();

/** The page's scroll width and the viewport's width: a message that does not wrap widens the page. */
const widths = (page: Page) =>
  page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));

async function pasteIntoInput(page: Page, text: string): Promise<string> {
  await page.getByText("Edit values: fill, paste, flip the kernel").click();
  await page.getByRole("button", { name: "Paste a matrix…" }).first().click();
  const box = page.getByRole("textbox", { name: /Matrix to paste/ }).first();
  await box.fill(text);
  await page.getByRole("button", { name: "Paste into x" }).click();
  const alert = page.locator(".edit-paste-panel [role=alert]");
  await alert.waitFor();
  return (await alert.textContent()) ?? "";
}

describe("a message that quotes what was typed stays bounded, in Chromium", () => {
  it("pasting 100,000 digits is refused with a short quote, and the page keeps its width", async () => {
    const { page } = await open({ viewport: { width: 1366, height: 768 } });
    const before = await widths(page);
    const message = await pasteIntoInput(page, "9".repeat(100_000));
    expect(message.length).toBeLessThan(200);
    expect(message).toMatch(/finite/);
    expect(message).toContain("…");
    const after = await widths(page);
    expect(after.page).toBeLessThanOrEqual(before.viewport);
    expect(after.page).toBe(before.page);
  });

  it("pasting 100,000 letters without a space is refused with a short quote, and the page keeps its width", async () => {
    const { page } = await open({ viewport: { width: 1366, height: 768 } });
    const before = await widths(page);
    const message = await pasteIntoInput(page, "a".repeat(100_000));
    expect(message.length).toBeLessThan(200);
    expect(message).toContain("…");
    expect((await widths(page)).page).toBe(before.page);
  });
});

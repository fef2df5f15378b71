import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preview, type PreviewServer } from "vite";
import { useApp } from "./harness/app";
import { gotoPage, PAGE_NAMES, waitForPage } from "./harness/pages";

/**
 * Offline after the first visit: this file serves dist/ on a server of its own (the shared one
 * must keep running for the other files), lets the service worker register and precache, stops
 * the server, and reloads.
 */
const open = useApp();
let server: PreviewServer | null = null;
let base = "";

beforeAll(async () => {
  const root = process.cwd();
  server = await preview({
    root,
    configFile: resolve(root, "vite.config.ts"),
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("the preview server has no port");
  base = `http://127.0.0.1:${address.port}/`;
});
afterAll(async () => {
  await server?.close();
});

describe("offline after the first visit", () => {
  it("with the server stopped, a reload shows the seed grid and then every page, in both languages", async () => {
    const { page } = await open({ path: base, serviceWorkers: "allow" });
    await waitForPage(page, "explorer");
    // The first visit's precaching finishes: the service worker controls the page and says so in one line.
    await page.locator('[data-sw="offline-ready"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-sw="offline-ready"]').textContent()).toContain("Ready to work offline");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    });

    await server?.close();
    server = null;
    const refused = await fetch(base).then(() => false, () => true);
    expect(refused, "the server is really gone").toBe(true);

    await page.reload();
    await waitForPage(page, "explorer");
    expect(await page.locator('[data-grid="input"][data-r="0"]').allTextContents()).toEqual(["1", "2", "3", "4"]);
    for (const lang of ["en", "zh-CN"] as const) {
      for (const name of PAGE_NAMES) await gotoPage(page, name, lang);
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  });
});

import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

/** The seed grid is on screen: its last input cell holds the tutorial's 4. */
const SEED_SHOWN = '[data-grid="input"][data-r="3"][data-c="3"]';

export interface StartupFigures {
  /** Every script fetched (page, chunks, workers) by the time the seed grid shows, gzip -9, summed. */
  jsGzipKb: number;
  jsRawKb: number;
  files: string[];
  /** From navigation start to the first animation frame in which the seed grid is in the DOM. */
  shownMs: number;
}

/**
 * One cold load of the start page (a fresh browser context: nothing cached, no service worker) in
 * English at 1366×768. Every JavaScript response is recorded, page and workers alike; the figure
 * counts those that finished before the seed grid appeared, gzipped here at level 9 (as a server
 * would send them; Vite's preview server sends them uncompressed).
 */
export async function startupFigures(browser: Browser, address: string): Promise<StartupFigures> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: "block", locale: "en-US" });
  try {
    const page = await context.newPage();
    const scripts = new Map<string, Promise<Buffer | null>>();
    context.on("response", (response) => {
      const url = response.url();
      const type = response.headers()["content-type"] ?? "";
      // A late response's body may be gone once the context closes: it is not counted anyway.
      if (url.endsWith(".js") || type.includes("javascript")) scripts.set(url, response.body().catch(() => null));
    });
    await page.goto(address);
    const shown = await page.waitForFunction(
      (selector) => (document.querySelector(selector)?.textContent?.trim() === "4" ? performance.now() : false),
      SEED_SHOWN,
      { polling: "raf", timeout: 30_000 },
    );
    const shownMs = (await shown.jsonValue()) as number;
    const fetched = [...scripts.entries()];
    const bodies = (await Promise.all(fetched.map(([, body]) => body))).filter((b): b is Buffer => b !== null);
    const gzip = bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    const raw = bodies.reduce((n, b) => n + b.length, 0);
    return { jsGzipKb: gzip / 1024, jsRawKb: raw / 1024, files: fetched.map(([url]) => new URL(url).pathname.split("/").pop() ?? url), shownMs };
  } finally {
    await context.close();
  }
}

import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page, type Worker } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";

export type GridName = "input" | "kernel" | "output" | (string & {});

export interface AppSession {
  page: Page;
  /**
   * Console errors, uncaught page errors and Content-Security-Policy violations, in order; any
   * entry fails the test.
   */
  errors: string[];
  /** Every Web Worker the page started. */
  workers: Worker[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Appended to the base URL, e.g. "?mode=transposed" (or a whole URL, for a server of the test's own). */
  path?: string;
  /**
   * "allow" lets the built app's service worker register (the offline test). Blocked by default,
   * so that no test shares a cache with another or pays for precaching the whole app.
   */
  serviceWorkers?: "allow" | "block";
}

export const RESULTS_DIR = resolve(process.cwd(), "test-results");

const LAUNCH_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Registers the hooks of a browser test file: one Chromium for the file, a fresh context per
 * `open()`, and after each test a check that no page logged an error (and, when the test failed, a
 * screenshot of each page in test-results/failed-*.png). Returns `open`.
 */
export function useApp(): (options?: OpenOptions) => Promise<AppSession> {
  let browser: Browser | undefined;
  let sessions: AppSession[] = [];

  beforeAll(async () => {
    const found = inject("chromium");
    if ("error" in found) throw new Error(found.error);
    browser = await chromium.launch({ executablePath: found.path, args: LAUNCH_ARGS });
  });
  afterEach(async ({ task }) => {
    const opened = sessions;
    sessions = [];
    if (task.result?.state === "fail") {
      const name = task.name.replace(/[^\w-]+/g, "-").slice(0, 80);
      await Promise.all(opened.map((s, i) => screenshot(s.page, `failed-${name}-${i}`).catch(() => "")));
    }
    await Promise.all(opened.map((s) => s.page.context().close()));
    expect(opened.flatMap((s) => s.errors), "console errors and page errors").toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  return async (options = {}) => {
    if (!browser) throw new Error("useApp(): the browser did not launch");
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1366, height: 768 },
      serviceWorkers: options.serviceWorkers ?? "block",
    });
    const page = await context.newPage();
    const session: AppSession = { page, errors: [], workers: [] };
    sessions.push(session);
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const { url } = msg.location();
      session.errors.push(`console.error: ${msg.text()}${url ? ` (${url})` : ""}`);
    });
    page.on("pageerror", (err) => session.errors.push(`pageerror: ${err.message}`));
    // Every page of every browser test is checked against the built page's Content-Security-Policy:
    // a violation is reported as a console error, which fails the test like any other.
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    page.on("worker", (worker) => {
      session.workers.push(worker);
      worker.on("console", (msg) => {
        if (msg.type() === "error") session.errors.push(`worker console.error: ${msg.text()}`);
      });
    });
    await page.goto(new URL(options.path ?? "", inject("baseURL")).href);
    await page.locator('[data-grid="output"]').first().waitFor({ state: "attached" });
    return session;
  };
}

const cell = (grid: GridName) => `[data-grid="${grid}"][data-r][data-c]`;

/** A grid's cell texts as rows, by data-r/data-c (DOM order does not matter). */
export async function readGrid(page: Page, grid: GridName): Promise<string[][]> {
  return page.locator(cell(grid)).evaluateAll((els) => {
    const rows: string[][] = [];
    for (const el of els) {
      const r = Number(el.getAttribute("data-r"));
      const c = Number(el.getAttribute("data-c"));
      (rows[r] ??= [])[c] = (el.textContent ?? "").trim();
    }
    return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? ""));
  });
}

/** A grid's cells with data-active="true", as sorted [r, c] pairs. */
export async function activeCells(page: Page, grid: GridName): Promise<Array<[number, number]>> {
  const cells = await page
    .locator(`${cell(grid)}[data-active="true"]`)
    .evaluateAll((els) =>
      els.map((el) => [Number(el.getAttribute("data-r")), Number(el.getAttribute("data-c"))] as [number, number]),
    );
  return cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Every [r, c] with r in rows and c in cols, sorted row-major. */
export function block(rows: [number, number], cols: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let r = rows[0]; r <= rows[1]; r++) for (let c = cols[0]; c <= cols[1]; c++) out.push([r, c]);
  return out;
}

/** Saves a full-viewport PNG to test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = resolve(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

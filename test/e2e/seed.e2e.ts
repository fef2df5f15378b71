import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { activeCells, block, readGrid, screenshot, useApp } from "./harness/app";

const open = useApp();

const SEED_INPUT = Array.from({ length: 4 }, () => ["1", "2", "3", "4"]);
const ONES_3X3 = Array.from({ length: 3 }, () => ["1", "1", "1"]);
const EMPTY_2X2 = [["", ""], ["", ""]];
const CONV_END = [["18", "27"], ["18", "27"]];
const TRANSPOSED_END = [
  ["18", "45", "45", "27"],
  ["36", "90", "90", "54"],
  ["36", "90", "90", "54"],
  ["18", "45", "45", "27"],
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The one control that switches between convolution and its reverse: a pressed/unpressed pair. */
async function switchToTransposed(page: Page) {
  const transposed = page.getByRole("button", { name: /^transposed convolution/i });
  await transposed.click();
  expect(await transposed.getAttribute("aria-pressed")).toBe("true");
  expect(await page.getByRole("button", { name: /^convolution/i }).getAttribute("aria-pressed")).toBe("false");
  await expect.poll(() => readGrid(page, "output").then((g) => g.length)).toBe(4);
  // focus leaves the toggle so that Space reaches the player, not the button
  await page.locator("body").focus();
}

describe("the seed example, 4×4 → 2×2, in Chromium", () => {
  it("loads the seed input and all-ones kernel with no console errors", async () => {
    const { page, errors } = await open();
    await expect.poll(() => readGrid(page, "input")).toEqual(SEED_INPUT);
    expect(await readGrid(page, "kernel")).toEqual(ONES_3X3);
    expect(await readGrid(page, "output")).toEqual(EMPTY_2X2);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]); // useApp checks this again after every test
  });

  it("End shows 18 27 18 27 in the output grid", async () => {
    const { page } = await open();
    await page.keyboard.press("End");
    await expect.poll(() => readGrid(page, "output").then((g) => g.flat().join(" "))).toBe("18 27 18 27");
  });

  it("→ computes one output cell from its 3×3 window, ← goes back, Home resets, End completes", async () => {
    const { page } = await open();
    await page.keyboard.press("Home");
    await expect.poll(() => readGrid(page, "output")).toEqual(EMPTY_2X2);
    expect(await activeCells(page, "output")).toEqual([]);

    await page.keyboard.press("ArrowRight");
    await expect.poll(() => activeCells(page, "output")).toEqual([[0, 0]]);
    expect(await activeCells(page, "input")).toEqual(block([0, 2], [0, 2]));
    expect(await readGrid(page, "output")).toEqual([["18", ""], ["", ""]]);

    await page.keyboard.press("ArrowRight");
    await expect.poll(() => activeCells(page, "output")).toEqual([[0, 1]]);
    expect(await activeCells(page, "input")).toEqual(block([0, 2], [1, 3]));
    expect(await readGrid(page, "output")).toEqual([["18", "27"], ["", ""]]);
    // the top-right window: 9 inputs, 2 3 4 in each row, feed the one output 27
    const window = await page.locator('[data-grid="input"][data-active="true"]').allTextContents();
    expect(window.map((v) => v.trim()).join(" ")).toBe("2 3 4 2 3 4 2 3 4");

    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => activeCells(page, "output")).toEqual([[0, 0]]);
    expect(await activeCells(page, "input")).toEqual(block([0, 2], [0, 2]));
    expect(await readGrid(page, "output")).toEqual([["18", ""], ["", ""]]);

    await page.keyboard.press("Home");
    await expect.poll(() => readGrid(page, "output")).toEqual(EMPTY_2X2);
    expect(await activeCells(page, "output")).toEqual([]);
    expect(await activeCells(page, "input")).toEqual([]);

    await page.keyboard.press("End");
    await expect.poll(() => readGrid(page, "output")).toEqual(CONV_END);
  });

  it("Space plays from the first step and pauses, and playing again runs to the end", async () => {
    const { page } = await open();
    await page.keyboard.press("Home");
    await page.keyboard.press("Space");
    await expect.poll(() => activeCells(page, "output").then((a) => a.length)).toBe(1);
    await page.keyboard.press("Space");
    // paused within a step or two of the start (1 step/s by default), and it stays there
    const pausedAt = await activeCells(page, "output");
    const pausedGrid = await readGrid(page, "output");
    expect([[[0, 0]], [[0, 1]]]).toContainEqual(pausedAt);
    await page.waitForTimeout(2500);
    expect(await activeCells(page, "output")).toEqual(pausedAt);
    expect(await readGrid(page, "output")).toEqual(pausedGrid);
    expect(pausedGrid[1]).toEqual(["", ""]);

    await page.keyboard.press("Space");
    await expect.poll(() => readGrid(page, "output"), { timeout: 10_000 }).toEqual(CONV_END);
    expect(await activeCells(page, "output")).toEqual([[1, 1]]);
  });

  it("the reverse, transposed convolution, scatters 18 27 18 27 back to a 4×4 that is not the input", async () => {
    const { page } = await open();
    await switchToTransposed(page);
    await page.keyboard.press("Home");
    await expect.poll(() => readGrid(page, "input")).toEqual(CONV_END);
    expect(await readGrid(page, "kernel")).toEqual(ONES_3X3);
    // the scatter-add accumulator starts at zero (no bias)
    expect(await readGrid(page, "output")).toEqual(Array.from({ length: 4 }, () => ["0", "0", "0", "0"]));
    expect(await activeCells(page, "output")).toEqual([]);

    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    // the second step scatters y(0,1) = 27 into the 3×3 block at rows 0–2, cols 1–3, over 18 from step 1
    await expect.poll(() => activeCells(page, "input")).toEqual([[0, 1]]);
    expect(await activeCells(page, "output")).toEqual(block([0, 2], [1, 3]));
    expect(await readGrid(page, "output")).toEqual([
      ["18", "45", "45", "27"],
      ["18", "45", "45", "27"],
      ["18", "45", "45", "27"],
      ["0", "0", "0", "0"],
    ]);

    await page.keyboard.press("End");
    await expect.poll(() => readGrid(page, "output")).toEqual(TRANSPOSED_END);
    expect(await readGrid(page, "output")).not.toEqual(SEED_INPUT);
  });

  it("computes in a Web Worker, not on the main thread", async () => {
    const { page, workers } = await open();
    await page.keyboard.press("End");
    await expect.poll(() => readGrid(page, "output")).toEqual(CONV_END);
    expect(workers.map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/\/assets\/compute\.worker-[\w-]+\.js$/)]);
    await expect.poll(() => page.locator(".status-line").getAttribute("data-backend")).toBe("worker");
    expect(await page.locator(".status-line").textContent()).toMatch(/Computed in a Web Worker in [\d.]+ ms/);
  });

  it.each([
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])("saves screenshots of the convolution and its reverse at $width×$height", async (viewport) => {
    const { page } = await open({ viewport });
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => readGrid(page, "output")).toEqual([["18", "27"], ["", ""]]);
    expect(pngSize(await screenshot(page, `seed-conv-step2-${viewport.width}x${viewport.height}`))).toEqual(viewport);
    await page.keyboard.press("End");
    await expect.poll(() => readGrid(page, "output")).toEqual(CONV_END);
    expect(pngSize(await screenshot(page, `seed-conv-${viewport.width}x${viewport.height}`))).toEqual(viewport);
    await switchToTransposed(page);
    await page.keyboard.press("End");
    await expect.poll(() => readGrid(page, "output")).toEqual(TRANSPOSED_END);
    expect(pngSize(await screenshot(page, `seed-transposed-${viewport.width}x${viewport.height}`))).toEqual(viewport);
  });
});

import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { explore, type Mode } from "../../src/core";
import { readGrid, useApp } from "./harness/app";

const open = useApp();

interface Step {
  /** Sidebar fields to type, by accessible name, in an order that stays valid throughout. */
  set: [string, number][];
  mode: Mode;
  stride: [number, number];
  padding: [number, number];
  dilation: [number, number];
  outputPadding: [number, number];
}

/** A sweep of configurations, each reached from the previous one through the sidebar controls. */
const CONV: Step[] = [
  { set: [["Input (height)", 6], ["Input (width)", 5], ["Stride (height)", 2], ["Padding (height)", 1]], mode: "conv", stride: [2, 2], padding: [1, 1], dilation: [1, 1], outputPadding: [0, 0] },
  { set: [["Padding (height)", 0], ["Stride (height)", 1], ["Input (height)", 7], ["Input (width)", 7], ["Dilation (height)", 2]], mode: "conv", stride: [1, 1], padding: [0, 0], dilation: [2, 2], outputPadding: [0, 0] },
  { set: [["Dilation (height)", 1], ["Kernel (width)", 2], ["Padding (height)", 2]], mode: "conv", stride: [1, 1], padding: [2, 2], dilation: [1, 1], outputPadding: [0, 0] },
];
const TRANSPOSED: Step[] = [
  { set: [["Stride (height)", 2], ["Padding (height)", 1], ["Output padding (height)", 1]], mode: "transposed", stride: [2, 2], padding: [1, 1], dilation: [1, 1], outputPadding: [1, 1] },
  { set: [["Input (height)", 3], ["Input (width)", 3]], mode: "transposed", stride: [2, 2], padding: [1, 1], dilation: [1, 1], outputPadding: [1, 1] },
  { set: [["Kernel (height)", 4], ["Kernel (width)", 4]], mode: "transposed", stride: [2, 2], padding: [1, 1], dilation: [1, 1], outputPadding: [1, 1] },
  { set: [["Output padding (height)", 0], ["Stride (height)", 3], ["Padding (height)", 0]], mode: "transposed", stride: [3, 3], padding: [0, 0], dilation: [1, 1], outputPadding: [0, 0] },
];

const numbers = (g: string[][]) => g.flat().map(Number);

/** End, from outside any field: the player's shortcuts ignore keys typed into a field. */
async function toEnd(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("End");
}

async function type(page: Page, name: string, value: number) {
  const field = page.getByLabel(name, { exact: true });
  await field.fill(String(value));
  await field.press("Tab");
}

/** The core's answer for the values the page shows now, with the step's parameters. */
async function expected(page: Page, s: Step) {
  const x = await readGrid(page, "input");
  const w = await readGrid(page, "kernel");
  const e = explore({
    mode: s.mode,
    input: { shape: [1, x.length, x[0].length], data: Float64Array.from(numbers(x)) },
    weight: { shape: [1, 1, w.length, w[0].length], data: Float64Array.from(numbers(w)) },
    bias: null,
    stride: s.stride,
    padding: s.padding,
    dilation: s.dilation,
    outputPadding: s.mode === "conv" ? [0, 0] : s.outputPadding,
    groups: 1,
  });
  return { rows: e.output.shape[1], cols: e.output.shape[2], values: Array.from(e.output.data) };
}

/** The sizes the sidebar's fields hold, and the sizes the input and kernel grids show. */
async function sizes(page: Page) {
  const field = async (name: string) => Number(await page.getByLabel(name, { exact: true }).inputValue());
  const dims = (g: string[][]) => `${g.length}×${g[0]?.length ?? 0}`;
  return {
    typed: `${await field("Input (height)")}×${await field("Input (width)")} ${await field("Kernel (height)")}×${await field("Kernel (width)")}`,
    shown: `${dims(await readGrid(page, "input"))} ${dims(await readGrid(page, "kernel"))}`,
  };
}

async function check(page: Page, s: Step) {
  for (const [name, value] of s.set) await type(page, name, value);
  // The grids follow once the worker's result is drawn (until then they hold the last one): wait
  // until they show the sizes typed, then compare the output with the core's on what they show.
  await expect.poll(async () => {
    const { typed, shown } = await sizes(page);
    return shown === typed ? "caught up" : `typed ${typed}, shown ${shown}`;
  }).toBe("caught up");
  await toEnd(page);
  const want = await expected(page, s);
  await expect
    .poll(async () => {
      await toEnd(page);
      const g = await readGrid(page, "output");
      return [g.length, g[0]?.length ?? 0];
    })
    .toEqual([want.rows, want.cols]);
  // An edit keeps the current step (by design), so End is pressed until the new trace has arrived.
  await expect
    .poll(async () => {
      await toEnd(page);
      return numbers(await readGrid(page, "output"));
    })
    .toEqual(want.values);
  // The output's own caption states its size (a bare text search could find the kernel's "3×3").
  expect(await page.locator('[data-grid-name="output"] .grid-caption').textContent()).toContain(`${want.rows}×${want.cols}`);
}

describe("a sweep of configurations set through the sidebar", () => {
  it("each convolution shows the core's output size and values, with no console error", async () => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    for (const s of CONV) await check(page, s);
  });

  it("each transposed convolution, reached by reversing the seed, shows the core's output size and values", async () => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await page.getByRole("button", { name: "Transposed convolution (one-to-many)" }).click();
    await expect.poll(async () => numbers(await readGrid(page, "input"))).toEqual([18, 27, 18, 27]);
    for (const s of TRANSPOSED) await check(page, s);
  });
});

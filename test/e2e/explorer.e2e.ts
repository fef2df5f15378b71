import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { explore, type Exploration } from "../../src/core";
import { activeCells, readGrid, screenshot, useApp } from "./harness/app";

const open = useApp();

type Cell = [number, number];

/** A transposed conv with inserted zeros, cropping padding and signed values: y 3×3 → x′ 5×5. */
const Y = [
  [2, -1, 3],
  [0, 4, -2],
  [1, 1, -3],
];
const W = [
  [1, 2, 0],
  [-1, 3, 1],
  [2, 0, -2],
];
const STRIDED_URL = `?mode=transposed&x=${Y.map((r) => r.join(",")).join(";")}&w=${W.map((r) => r.join(",")).join(";")}&s=2&p=1`;

/** The core's own answer for the same configuration, computed here in Node. */
function strided(): Exploration {
  return explore({
    mode: "transposed",
    input: { shape: [1, 3, 3], data: Float64Array.from(Y.flat()) },
    weight: { shape: [1, 1, 3, 3], data: Float64Array.from(W.flat()) },
    bias: null,
    stride: [2, 2],
    padding: [1, 1],
    dilation: [1, 1],
    outputPadding: [0, 0],
    groups: 1,
  });
}

const cellOf = (i: number, cols: number): Cell => [Math.floor(i / cols), i % cols];
const sortCells = (cells: Cell[]) => [...new Map(cells.map((c) => [`${c[0]},${c[1]}`, c])).values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

async function linkedCells(page: Page, grid: string): Promise<Cell[]> {
  const cells = await page
    .locator(`[data-grid="${grid}"][data-r][data-c][data-linked="true"]`)
    .evaluateAll((els) => els.map((el) => [Number(el.getAttribute("data-r")), Number(el.getAttribute("data-c"))] as [number, number]));
  return sortCells(cells);
}

async function hoverCell(page: Page, grid: string, r: number, c: number) {
  await page.locator(`[data-grid="${grid}"][data-r="${r}"][data-c="${c}"]`).hover();
}

describe("the explorer's three views, in Chromium", () => {
  it("hovering an output cell highlights exactly the input cells the core's Cᵀ row names, in every view", async () => {
    const { page } = await open({ path: STRIDED_URL, viewport: { width: 1920, height: 1080 } });
    const e = strided();
    await expect.poll(() => readGrid(page, "output").then((g) => g.length)).toBe(5);
    for (const [r, c] of [[2, 3], [0, 0], [4, 4]] as Cell[]) {
      await hoverCell(page, "output", r, c);
      const row = r * 5 + c;
      const inputs: Cell[] = [];
      for (let k = e.matrix.rowPtr[row]; k < e.matrix.rowPtr[row + 1]; k++) inputs.push(cellOf(e.matrix.colIdx[k], 3));
      await expect.poll(() => linkedCells(page, "input")).toEqual(sortCells(inputs));
      // the zero-insertion view outlines the output's whole 3×3 window, zeros included
      const w = e.zeroInsertion!.window;
      const window: Cell[] = [];
      for (let t = row * w.tapsPerStep; t < (row + 1) * w.tapsPerStep; t++) window.push(cellOf(w.tapInput[t], 7));
      expect(await linkedCells(page, "upsampled")).toEqual(sortCells(window));
      expect(await linkedCells(page, "zero-output")).toEqual([[r, c]]);
    }
    await screenshot(page, "explorer-hover-output-1920x1080");
  });

  it("hovering an input cell highlights every output it reaches, and the kernel weights it uses", async () => {
    const { page } = await open({ path: STRIDED_URL });
    const e = strided();
    await expect.poll(() => readGrid(page, "output").then((g) => g.length)).toBe(5);
    await hoverCell(page, "input", 1, 2);
    const s = e.scatter!;
    const n = 1 * 3 + 2;
    const outputs: Cell[] = [];
    const weights: Cell[] = [];
    for (let k = n * s.contribPerStep; k < (n + 1) * s.contribPerStep; k++) {
      if (s.target[k] >= 0) {
        outputs.push(cellOf(s.target[k], 5));
        weights.push(cellOf(s.kernel[k], 3));
      }
    }
    await expect.poll(() => linkedCells(page, "output")).toEqual(sortCells(outputs));
    expect(await linkedCells(page, "zero-output")).toEqual(sortCells(outputs));
    expect(await linkedCells(page, "kernel")).toEqual(sortCells(weights));
    expect(await linkedCells(page, "upsampled")).toEqual([[3, 5]]);
  });

  it("views can be shown alone or side by side", async () => {
    const { page } = await open({ path: STRIDED_URL });
    await expect.poll(() => page.locator("[data-view]").evaluateAll((els) => els.map((el) => el.getAttribute("data-view")))).toEqual(["scatter", "zero"]);
    await page.getByRole("button", { name: "Scatter-add" }).click();
    await expect.poll(() => page.locator("[data-view]").evaluateAll((els) => els.map((el) => el.getAttribute("data-view")))).toEqual(["zero"]);
    expect(await page.locator('[data-grid="output"]').count()).toBe(0);
    expect(await page.locator('[data-grid="zero-output"]').count()).toBe(25);
    await page.getByRole("button", { name: "Scatter-add" }).click();
    await page.getByRole("button", { name: "Zero-insertion" }).click();
    await expect.poll(() => page.locator("[data-view]").evaluateAll((els) => els.map((el) => el.getAttribute("data-view")))).toEqual(["scatter"]);
    await page.getByRole("button", { name: "Zero-insertion" }).click();
    await expect.poll(() => page.locator('[data-grid="upsampled"]').count()).toBe(49);
  });

  it("stepping with the keys moves every view together, as the core's traces say", async () => {
    const { page } = await open({ path: STRIDED_URL });
    const e = strided();
    const s = e.scatter!;
    const zi = e.zeroInsertion!;
    await expect.poll(() => readGrid(page, "output").then((g) => g.length)).toBe(5);
    await page.locator("body").focus();
    for (let n = 0; n < 9; n++) {
      await page.keyboard.press("ArrowRight");
      const outputs: Cell[] = [];
      for (let k = n * s.contribPerStep; k < (n + 1) * s.contribPerStep; k++) if (s.target[k] >= 0) outputs.push(cellOf(s.target[k], 5));
      await expect.poll(() => activeCells(page, "input")).toEqual([cellOf(n, 3)]);
      expect(await activeCells(page, "output")).toEqual(sortCells(outputs));
      expect(await activeCells(page, "zero-output")).toEqual(sortCells(outputs));
      const up = zi.upSource.indexOf(n);
      expect(await activeCells(page, "upsampled")).toEqual([cellOf(up, 7)]);
      expect(await readGrid(page, "zero-output")).toEqual(await readGrid(page, "output"));
    }
    const final = Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => String(e.output.data[r * 5 + c])));
    expect(await readGrid(page, "output")).toEqual(final);
    const check = page.getByTestId("agreement");
    expect(await check.getAttribute("data-agree")).toBe("true");
    expect(await check.getAttribute("data-max-diff")).toBe("0");
  });

  it("the 32×32, 5×5, stride-2 case draws its large grids to canvas, and hover still maps to the core's receptive field", async () => {
    const x = Array.from({ length: 32 }, (_, r) => Array.from({ length: 32 }, (_, c) => ((r * 7 + c * 3) % 9) - 4));
    const w = Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => ((r + 2 * c) % 5) - 2));
    const path = `?mode=transposed&s=2&x=${x.map((r) => r.join(",")).join(";")}&w=${w.map((r) => r.join(",")).join(";")}`;
    const { page } = await open({ path, viewport: { width: 1920, height: 1080 } });
    const output = page.locator('canvas[data-grid="output"]');
    await output.waitFor();
    expect([await output.getAttribute("data-rows"), await output.getAttribute("data-cols")]).toEqual(["67", "67"]);
    expect(await page.locator('[data-grid="input"][data-r]').count()).toBe(1024);
    expect(await output.getAttribute("aria-label")).toMatch(/67 rows by 67 columns/);
    const e = explore({
      mode: "transposed",
      input: { shape: [1, 32, 32], data: Float64Array.from(x.flat()) },
      weight: { shape: [1, 1, 5, 5], data: Float64Array.from(w.flat()) },
      bias: null,
      stride: [2, 2],
      padding: [0, 0],
      dilation: [1, 1],
      outputPadding: [0, 0],
      groups: 1,
    });
    await output.scrollIntoViewIfNeeded();
    const box = (await output.boundingBox())!;
    const [r, c] = [30, 21];
    await page.mouse.move(box.x + ((c + 0.5) * box.width) / 67, box.y + ((r + 0.5) * box.height) / 67);
    const row = r * 67 + c;
    const inputs: Cell[] = [];
    for (let k = e.matrix.rowPtr[row]; k < e.matrix.rowPtr[row + 1]; k++) inputs.push(cellOf(e.matrix.colIdx[k], 32));
    await expect.poll(() => linkedCells(page, "input")).toEqual(sortCells(inputs));
    expect(await page.locator('canvas[data-grid="upsampled"]').getAttribute("data-linked-count")).toBe("25");
    await screenshot(page, "explorer-32x32-k5-s2-hover-1920x1080");
    await page.locator("body").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => output.getAttribute("data-active-count")).toBe("25"); // y[0,0] scatters into the 5×5 corner
  });

  it("stepping repaints only what changed on the canvases, and the picture equals a fresh load at that step", async () => {
    const x = Array.from({ length: 32 }, (_, r) => Array.from({ length: 32 }, (_, c) => ((r * 5 + c * 3) % 7) - 3));
    const path = `?mode=transposed&s=2&x=${x.map((r) => r.join(",")).join(";")}&w=1,2,0,-1,1;2,0,1,1,-2;0,1,3,1,0;-2,1,1,0,2;1,0,-1,2,1`;
    const pictures = async (page: Page) =>
      page.evaluate(() =>
        ["output", "zero-output", "upsampled"].map((g) => document.querySelector<HTMLCanvasElement>(`canvas[data-grid="${g}"]`)?.toDataURL() ?? g),
      );
    const stepped = (await open({ path, viewport: { width: 1920, height: 1080 } })).page;
    await stepped.locator('canvas[data-grid="output"]').waitFor();
    await stepped.locator("body").focus();
    const blank = await pictures(stepped);
    for (let i = 0; i < 40; i++) await stepped.keyboard.press("ArrowRight");
    await expect.poll(() => activeCells(stepped, "input")).toEqual([[1, 7]]); // step 39: y[1,7]
    const fresh = (await open({ path: `${path}&step=39`, viewport: { width: 1920, height: 1080 } })).page;
    await fresh.locator('canvas[data-grid="output"]').waitFor();
    await expect.poll(() => activeCells(fresh, "input")).toEqual([[1, 7]]);
    const [a, b] = [await pictures(stepped), await pictures(fresh)];
    expect(a[0]).not.toBe(blank[0]); // the steps did draw
    expect(a).toEqual(b);
  });
});

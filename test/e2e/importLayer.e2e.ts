import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { explore } from "../../src/core";
import { toExploreParams } from "../../src/params/explorerParams";
import { presetById } from "../../src/presets/presets";
import { decode, encode } from "../../src/url/codec";
import { formatNumber } from "../../src/format/number";
import { readGrid, screenshot, useApp } from "./harness/app";

const open = useApp();

/** The three example lines of issue 13, one per framework. */
const LINES = [
  "nn.ConvTranspose2d(16, 8, kernel_size=4, stride=2, padding=1, output_padding=0, groups=1, bias=True, dilation=1)",
  'layers.Conv2DTranspose(64, 4, strides=2, padding="same", output_padding=None, dilation_rate=1)',
  'ConvTranspose(kernel_shape=[3,3], strides=[2,2], pads=[1,1,1,1], output_padding=[0,0], dilations=[1,1], group=1, auto_pad="NOTSET", output_shape=[6,6])',
];

/** Pastes text on the page outside any field, as Ctrl+V on the explorer does. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The output grid the core computes for the link's parameters (first channel), as cell texts. */
function coreOutput(search: string): string[][] {
  const { shape, data } = explore(toExploreParams(decode(search).state.params)).output;
  const [, h, w] = shape;
  return Array.from({ length: h }, (_, r) => Array.from(data.subarray(r * w, (r + 1) * w), formatNumber));
}

const gridTexts = (page: Page, testId: string) =>
  page.getByTestId(testId).locator("tr").evaluateAll((rows) =>
    rows.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => ((td as HTMLElement).dataset.cropped ? `(${td.textContent})` : td.textContent ?? ""))),
  );

describe("importing a layer, in Chromium", () => {
  it("each of the issue's three lines, pasted on the explorer, sets the layer and the grids show the core's output", async () => {
    const { page } = await open();
    const expected = [
      { mode: "transposed", k: "4", s: "2", p: "1", size: 8, text: "PyTorch nn.ConvTranspose2d: in PyTorch, padding=(1, 1) and output_padding=(0, 0)." },
      { mode: "transposed", k: "4", s: "2", p: "1", size: 8, text: "Keras layers.Conv2DTranspose: in PyTorch, padding=(1, 1) and output_padding=(0, 0)." },
      { mode: "transposed", k: "3", s: "2", p: "2", size: 6, text: "ONNX ConvTranspose: in PyTorch, padding=(2, 2) and output_padding=(1, 1)." },
    ];
    for (const [i, line] of LINES.entries()) {
      await paste(page, line);
      await expect.poll(() => page.getByTestId("import-text").inputValue()).toBe(line);
      const want = expected[i];
      await expect.poll(() => new URL(page.url()).searchParams.get("s")).toBe(want.s);
      await expect.poll(() => new URL(page.url()).searchParams.get("p")).toBe(want.p);
      const q = new URL(page.url()).searchParams;
      expect([q.get("mode"), decode(new URL(page.url()).search).state.params.kH]).toEqual([want.mode, Number(want.k)]);
      await expect.poll(async () => (await readGrid(page, "output")).length).toBe(want.size);
      // The grids show the running sums of the current step: End shows the finished output.
      await page.locator("body").focus();
      await page.keyboard.press("End");
      await expect.poll(() => readGrid(page, "output")).toEqual(coreOutput(new URL(page.url()).search));
      expect(await page.getByTestId("import-result").textContent()).toContain(want.text);
      // The 16 → 8 and 64 channels are more than the grids show: the explorer keeps its own and says so.
      if (i < 2) expect(await page.getByTestId("import-result").textContent()).toContain("the current channels are kept");
    }
    await screenshot(page, "import-layer-onnx");
  });

  it("the frameworks-disagree preset shows PyTorch's 6×6 beside Keras' same, shifted by one cell, and a pasted Keras line strikes out the crop", async () => {
    const { page } = await open({ path: `?${encode(presetById("frameworksDisagree").state)}` });
    await page.getByTestId("framework-compare").waitFor();
    const torch = await gridTexts(page, "compare-pytorch");
    const keras = await gridTexts(page, "compare-other");
    expect(torch[0]).toEqual(["1", "3", "2", "5", "3", "3"]);
    expect(keras[0]).toEqual(["1", "1", "3", "2", "5", "3"]);
    expect(keras[2]).toEqual(["5", "5", "12", "7", "16", "9"]);
    for (let r = 0; r < 5; r++) expect(keras[r + 1].slice(1)).toEqual(torch[r].slice(0, 5));
    await screenshot(page, "frameworks-disagree");

    await paste(page, 'layers.Conv2DTranspose(1, 3, strides=2, padding="same")');
    await expect.poll(() => new URL(page.url()).searchParams.get("p") ?? "0").toBe("0");
    await page.getByTestId("import-grid").waitFor();
    const struck = await gridTexts(page, "import-grid");
    expect(struck.length).toBe(7);
    expect(struck[0]).toEqual(["1", "1", "3", "2", "5", "3", "(3)"]);
    expect(struck[6].every((c) => c.startsWith("("))).toBe(true);
    expect(await page.getByTestId("import-crop").textContent()).toContain("1 at the bottom");
    await screenshot(page, "import-layer-keras-crop");
  });
});

import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { fill } from "../../src/core";
import { seedParams, weightShape, withChange } from "../../src/params/explorerParams";
import { encode } from "../../src/url/codec";
import { loadPacker } from "../../src/url/fragment";
import { defaultUrlState } from "../../src/url/state";
import { readGrid, useApp } from "./harness/app";

// The codec packs long grids with the DEFLATE code the app fetches after start-up (url/fragment.ts).
await loadPacker();

const open = useApp();

/** The largest configuration the app accepts, every value as "Random decimals" fills it. */
function largestLink(): { link: string; input: number[] } {
  const p = withChange(seedParams(), { inC: 4, outC: 4, inH: 32, inW: 32, kH: 7, kW: 7 });
  const [a, b, kH, kW] = weightShape(p);
  const input = Array.from({ length: 4 }, (_, c) => Array.from(fill("randomDecimals", 32, 32, { seed: 10 + c }))).flat();
  const weight = Array.from({ length: a * b }, (_, k) => Array.from(fill("randomDecimals", kH, kW, { seed: 100 + k }))).flat();
  const link = encode({ ...defaultUrlState(), params: { ...p, input: Float64Array.from(input), weight: Float64Array.from(weight) } });
  return { link, input };
}

describe("links that fit, in Chromium", () => {
  it("the largest configuration with random decimals has an address under 8,000 characters that a Node server accepts, and it reloads to the same values", async () => {
    const { link, input } = largestLink();
    expect(link).toContain("#z1.");
    const { page } = await open({ path: `?${link}` });
    await expect.poll(() => readGrid(page, "input").then((g) => g.length)).toBe(32);
    const href = await page.evaluate(() => location.href);
    expect(href.length).toBeLessThanOrEqual(8_000);
    // What a server receives is the request line without the fragment: Vite's Node server takes it.
    const response = await fetch(href);
    expect(response.status).toBe(200);
    await page.reload();
    await expect.poll(() => readGrid(page, "input").then((g) => g.length)).toBe(32);
    const shown = (await readGrid(page, "input")).map((row) => row.map(Number));
    expect(shown.flat()).toEqual(input.slice(0, 32 * 32)); // the first channel, as the grid shows it
    expect(await page.evaluate(() => location.href)).toBe(href);
    expect(inject("baseURL")).toBeTruthy();
  });
});

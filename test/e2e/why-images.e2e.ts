import { deflateSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { readGrid, screenshot, useApp } from "./harness/app";

const open = useApp();

/** CRC-32 (PNG's, ISO 3309) of a byte range. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGB PNG of a colour gradient with a dark diagonal band, encoded here (filter 0, zlib). */
function gradientPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc((3 * width + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (3 * width + 1);
    for (let x = 0; x < width; x++) {
      const band = Math.abs(x - y) < Math.max(2, width / 16);
      raw[row + 1 + 3 * x] = band ? 20 : (255 * x) / width;
      raw[row + 2 + 3 * x] = band ? 20 : (255 * y) / height;
      raw[row + 3 + 3 * x] = 160;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The harness opens the explorer; the why pages are one navigation further. */
async function goTo(page: Page, query: string): Promise<void> {
  await page.goto(new URL(query, inject("baseURL")).href);
}

const labStatus = (page: Page) => page.getByTestId("lab-status").textContent();

describe("why pages with images, in Chromium", () => {
  it("the upsampling lab decodes a bundled photo and computes every method in the image worker", async () => {
    const { page, workers } = await open();
    await goTo(page, "?page=upsample");
    await expect.poll(() => labStatus(page), { timeout: 15_000 }).toMatch(/^192×128 → ×2 → 384×256 · image worker, \d+ ms/);
    for (const m of ["nearest", "bilinear", "bicubic", "transposed", "resize"]) {
      await expect.poll(() => page.getByTestId(`panel-${m}`).locator("canvas").count()).toBe(1);
    }
    expect(workers.some((w) => /image\.worker/.test(w.url()))).toBe(true);
    await page.getByRole("button", { name: "Difference" }).click();
    await page.getByRole("button", { name: "×4" }).click();
    await expect.poll(() => labStatus(page), { timeout: 15_000 }).toMatch(/^96×64 → ×4 → 384×256/);
    await screenshot(page, "why-upsample-x4-diff");
  });

  it("uploading a PNG replaces the image; a large one is downscaled with a message; a text file gets the error", async () => {
    const { page } = await open();
    await goTo(page, "?page=upsample");
    const input = page.getByTestId("image-file");
    await input.setInputFiles({ name: "gradient.png", mimeType: "image/png", buffer: gradientPng(64, 48) });
    await expect.poll(() => labStatus(page), { timeout: 15_000 }).toMatch(/^32×24 → ×2 → 64×48/);
    expect(await page.getByRole("combobox", { name: "Image" }).inputValue()).toBe("upload");
    await screenshot(page, "why-upsample-upload");

    await input.setInputFiles({ name: "big.png", mimeType: "image/png", buffer: gradientPng(800, 600) });
    await expect.poll(() => page.getByTestId("file-downscaled").textContent(), { timeout: 15_000 }).toBe(
      "Your image (800×600) was downscaled to 384×288 so the comparison stays fast.",
    );
    await expect.poll(() => labStatus(page), { timeout: 15_000 }).toMatch(/^192×144 → ×2 → 384×288/);

    await input.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a picture") });
    await expect.poll(() => page.getByTestId("file-error").textContent()).toBe(
      "“notes.txt” is not an image (text/plain). Choose a PNG, JPEG, GIF, WebP or BMP file.",
    );
    await screenshot(page, "why-upsample-text-error");
  });

  it("the checkerboard page states the rule, paints the grid on a photo, and opens a layer in the explorer", async () => {
    const { page } = await open();
    await goTo(page, "?page=checkerboard");
    await expect.poll(() => page.getByTestId("rule-statement").textContent()).toContain("1, 2, 1, 2, …");
    await expect.poll(() => page.getByTestId("demo-transposed").locator("canvas").count(), { timeout: 15_000 }).toBe(1);
    await screenshot(page, "why-checkerboard");
    await page.getByTestId("explorer-main").click();
    await page.locator('[data-grid="output"]').first().waitFor({ state: "attached" });
    await page.keyboard.press("End");
    const expected = [
      [1, 1, 2, 1, 2, 1, 2, 1, 1],
      [1, 1, 2, 1, 2, 1, 2, 1, 1],
      [2, 2, 4, 2, 4, 2, 4, 2, 2],
      [1, 1, 2, 1, 2, 1, 2, 1, 1],
      [2, 2, 4, 2, 4, 2, 4, 2, 2],
      [1, 1, 2, 1, 2, 1, 2, 1, 1],
      [2, 2, 4, 2, 4, 2, 4, 2, 2],
      [1, 1, 2, 1, 2, 1, 2, 1, 1],
      [1, 1, 2, 1, 2, 1, 2, 1, 1],
    ].map((r) => r.map(String));
    await expect.poll(() => readGrid(page, "output")).toEqual(expected);
    expect(new URL(page.url()).searchParams.get("mode")).toBe("transposed");
  });

  it("both pages load in Chinese with no console errors", async () => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await goTo(page, "?page=upsample&lang=zh-CN");
    await expect.poll(() => labStatus(page), { timeout: 15_000 }).toMatch(/图像 Worker/);
    await screenshot(page, "why-upsample-zh");
    await goTo(page, "?page=checkerboard&lang=zh-CN");
    await expect.poll(() => page.getByTestId("rule-statement").textContent()).toContain("1、2或4");
    await screenshot(page, "why-checkerboard-zh");
  });
});

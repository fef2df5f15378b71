import { describe, expect, test } from "vitest";
import { looksLikeImage } from "../../../../src/views/why/upsample/decodePicture";
import { formatWeight } from "../../../../src/views/why/upsample/KernelGrid";
import { placeLens } from "../../../../src/views/why/upsample/lens";
import { kernelText, parseKernel } from "../../../../src/views/why/upsample/parseKernel";

describe("typed kernels", () => {
  test("k·k numbers in any separators make a k×k kernel", () => {
    expect(parseKernel("0.25 0.5 0.25; 0.5 1 0.5; 0.25 0.5 0.25")).toEqual({
      ok: true,
      k: 3,
      values: [0.25, 0.5, 0.25, 0.5, 1, 0.5, 0.25, 0.5, 0.25],
    });
    expect(parseKernel("[[1, -2], [3, 4e-1]]")).toEqual({ ok: true, k: 2, values: [1, -2, 3, 0.4] });
  });

  test("a count that is not a square, a non-number or a kernel over 16×16 is refused with the reason", () => {
    expect(parseKernel("1 2 3")).toEqual({ ok: false, problem: "square", got: "3" });
    expect(parseKernel("")).toEqual({ ok: false, problem: "square", got: "0" });
    expect(parseKernel("1 x 3 4")).toEqual({ ok: false, problem: "number", got: "x" });
    expect(parseKernel(Array(17 * 17).fill("1").join(" "))).toEqual({ ok: false, problem: "size", got: "17" });
  });

  test("typed kernels read numbers as everywhere else (core/number.ts): full-width forms and − yes, hex and Infinity no", () => {
    expect(parseKernel("１ −２\n３，４")).toEqual({ ok: true, k: 2, values: [1, -2, 3, 4] });
    expect(parseKernel("1 0x10 3 4")).toEqual({ ok: false, problem: "number", got: "0x10" });
    expect(parseKernel("1 2 3 Infinity")).toEqual({ ok: false, problem: "number", got: "Infinity" });
  });

  test("kernelText writes rows that parse back to the same kernel", () => {
    const values = [0.0625, 0.1875, 0.1875, 0.0625];
    expect(kernelText(values, 2)).toBe("0.0625 0.1875\n0.1875 0.0625");
    expect(parseKernel(kernelText(values, 2))).toEqual({ ok: true, k: 2, values });
  });

  test("weights print short, three decimals below 1, with a true minus sign", () => {
    expect([0.0625, 1, -0.3333333, 0, 12.345, 2.5].map(formatWeight)).toEqual(["0.063", "1", "−0.333", "0", "12.3", "2.5"]);
  });
});

describe("files and the lens", () => {
  test("an image is recognised by its MIME type, or by its name when the browser gives none", () => {
    expect(looksLikeImage({ type: "image/png", name: "a.txt" })).toBe(true);
    expect(looksLikeImage({ type: "text/plain", name: "a.png" })).toBe(false);
    expect(looksLikeImage({ type: "", name: "photo.JPEG" })).toBe(true);
    expect(looksLikeImage({ type: "", name: "notes.txt" })).toBe(false);
  });

  test("the lens stays inside the image and its corner snaps to multiples of 4", () => {
    expect(placeLens(100, 50, 32, 384, 256)).toEqual({ x: 84, y: 36, size: 32 });
    expect(placeLens(-50, 1000, 32, 384, 256)).toEqual({ x: 0, y: 224, size: 32 });
    expect(placeLens(10, 10, 64, 40, 30)).toEqual({ x: 0, y: 0, size: 28 });
  });
});

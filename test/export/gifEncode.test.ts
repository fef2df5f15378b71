import { describe, expect, test } from "vitest";
import { encodeGif } from "../../src/export/gifEncode";

/** A w×h frame, one colour per half, the halves swapping with the frame index. */
function frame(w: number, h: number, i: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let p = 0; p < w * h; p++) {
    const left = p % w < w / 2;
    const on = left !== (i % 2 === 1);
    rgba.set(on ? [0, 114, 178, 255] : [253, 228, 184, 255], p * 4);
  }
  return rgba;
}

describe("encodeGif", () => {
  test("writes a looping GIF89a of the frames' size, reporting progress after every frame", () => {
    const progress: [number, number][] = [];
    const bytes = encodeGif({
      width: 20,
      height: 10,
      count: 5,
      render: (i) => frame(20, 10, i),
      delays: [1000, 100, 100, 100, 2000],
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe("GIF89a");
    expect(bytes[6] | (bytes[7] << 8)).toBe(20);
    expect(bytes[8] | (bytes[9] << 8)).toBe(10);
    expect(new TextDecoder().decode(bytes.subarray(0, 200))).toContain("NETSCAPE2.0");
    expect(bytes.at(-1)).toBe(0x3b); // the trailer
    expect(progress).toEqual([1, 2, 3, 4, 5].map((d) => [d, 5]));
  });

  test("one graphic control block per frame, each with its delay in hundredths of a second", () => {
    const bytes = encodeGif({ width: 8, height: 8, count: 3, render: (i) => frame(8, 8, i), delays: [1200, 60, 2500] });
    const delays: number[] = [];
    for (let i = 0; i + 7 < bytes.length; i++) {
      if (bytes[i] === 0x21 && bytes[i + 1] === 0xf9 && bytes[i + 2] === 0x04) delays.push(bytes[i + 4] | (bytes[i + 5] << 8));
    }
    expect(delays).toEqual([120, 6, 250]);
  });
});

describe("encodeGif stores only what changed", () => {
  test("after the first frame, unchanged pixels are transparent over the previous frame, so a still frame costs almost nothing", () => {
    const still = (n: number) =>
      encodeGif({ width: 200, height: 100, count: n, render: (i) => frame(200, 100, i === 0 ? 0 : 1).map((v, p) => (p < 400 && i > 1 ? 0 : v)), delays: new Array(n).fill(100) });
    const one = still(2).length;
    const many = still(12).length;
    expect((many - one) / 10).toBeLessThan(400); // bytes per unchanged 20 000-pixel frame: under 2 %
    const bytes = still(3);
    // the graphic control block of frame 2 and 3: disposal 1 (keep), transparency on
    const packed: number[] = [];
    for (let i = 0; i + 3 < bytes.length; i++) if (bytes[i] === 0x21 && bytes[i + 1] === 0xf9 && bytes[i + 2] === 0x04) packed.push(bytes[i + 3]);
    expect(packed).toEqual([0b0000_0100, 0b0000_0101, 0b0000_0101]);
  });
});

import { rgb } from "d3-color";
import { describe, expect, test } from "vitest";
import { pack, strongRamp, weightPalette } from "../../../src/views/matrix/entryColors";

/** [r, g, b, a] of a packed little-endian RGBA pixel. */
const unpack = (p: number) => [p & 255, (p >>> 8) & 255, (p >>> 16) & 255, p >>> 24];
const channels = (css: string) => {
  const c = rgb(css);
  return [c.r, c.g, c.b].map(Math.round);
};

describe("the canvas matrix's colour ramp", () => {
  test("pack writes one RGBA pixel in ImageData's little-endian byte order", () => {
    expect(unpack(pack("#ff0000"))).toEqual([255, 0, 0, 255]);
    expect(unpack(pack("#102030", 128))).toEqual([16, 32, 48, 128]);
    expect(pack("#0000ff")).toBe(0xffff0000);
  });

  test("one-signed values run from light slate (0) to dark slate (the largest magnitude)", () => {
    const r = strongRamp([1, 2, 4]);
    expect([r.lo, r.hi, r.signed]).toEqual([1, 4, false]);
    expect(channels(r.css(0))).toEqual([180, 192, 208]);
    expect(channels(r.css(4))).toEqual([30, 41, 59]);
    expect(r.css(-4)).toBe(r.css(4)); // by magnitude
    expect(r.gradient.startsWith("linear-gradient(to right, ")).toBe(true);
  });

  test("signed values run crimson → grey → blue around 0, never reaching white", () => {
    const r = strongRamp([-2, 0.5, 2]);
    expect(r.signed).toBe(true);
    expect(channels(r.css(-2))).toEqual([178, 24, 43]);
    expect(channels(r.css(0))).toEqual([195, 200, 208]);
    expect(channels(r.css(2))).toEqual([33, 102, 172]);
    for (const v of [-2, -1, 0, 1, 2]) expect(channels(r.css(v)).some((c) => c < 250), String(v)).toBe(true);
  });

  test("a packed colour is the CSS colour of its level, from a 256-level table", () => {
    const r = strongRamp([-3, 3]);
    for (const v of [-3, 3]) expect(unpack(r.packed(v)).slice(0, 3), String(v)).toEqual(channels(r.css(v)));
    // 0 falls between levels 127 and 128 of 255: within one step of the ramp, so a unit per channel
    const mid = unpack(r.packed(0)).slice(0, 3);
    channels(r.css(0)).forEach((c, i) => expect(Math.abs(mid[i] - c)).toBeLessThanOrEqual(1));
    // values beyond the range clamp to its ends
    expect(r.packed(100)).toBe(r.packed(3));
  });

  test("the palette holds each weight's packed colour, by kernel index", () => {
    const weights = [1, -1, 0.25];
    const r = strongRamp(weights);
    expect(Array.from(weightPalette(weights, r))).toEqual(weights.map((w) => r.packed(w)));
  });

  test("a constant map still gets a ramp, and an empty one does not fail", () => {
    const r = strongRamp([2, 2, 2]);
    expect([r.lo, r.hi, r.signed]).toEqual([2, 2, false]);
    expect(channels(r.css(2))).toEqual([30, 41, 59]);
    expect(strongRamp([]).signed).toBe(false);
  });
});

import { describe, expect, test } from "vitest";
import { GLYPH_H, GLYPH_W, inkAt } from "../../../src/worker/image/font5x7";
import { patternPicture } from "../../../src/worker/image/patterns";

describe("test patterns", () => {
  test("the zone plate is bright at its centre and its rings tighten outward", () => {
    const p = patternPicture("zonePlate", 64, 64);
    const at = (x: number, y: number) => p.rgba[4 * (y * 64 + x)];
    expect(at(32, 32)).toBeGreaterThan(235);
    // sign changes along the middle row: more in the outer half than in the inner half
    const row = Array.from({ length: 64 }, (_, x) => at(x, 32) > 128);
    const flips = (a: number, b: number) => row.slice(a, b).filter((v, i, r) => i > 0 && v !== r[i - 1]).length;
    expect(flips(48, 64)).toBeGreaterThan(flips(32, 48));
  });

  test("the checkerboard alternates 10-pixel squares of ink and paper", () => {
    const p = patternPicture("checkerboard", 40, 20);
    const at = (x: number, y: number) => p.rgba[4 * (y * 40 + x)];
    expect([at(0, 0), at(9, 9), at(10, 0), at(10, 10)]).toEqual([240, 240, 16, 240]);
  });

  test("the text pattern draws the 5×7 font: ink on paper, and every pixel opaque grey", () => {
    const p = patternPicture("text", 384, 256);
    const values = new Set<number>();
    let greyAndOpaque = true;
    for (let i = 0; i < p.width * p.height; i++) {
      greyAndOpaque &&= p.rgba[4 * i] === p.rgba[4 * i + 2] && p.rgba[4 * i + 3] === 255;
      values.add(p.rgba[4 * i]);
    }
    expect(greyAndOpaque).toBe(true);
    expect([...values].sort((a, b) => a - b)).toEqual([16, 240]);
    // "U", the first glyph, at 4 pixels per dot from (12, 12): ink in its left column, paper in its bowl
    expect(p.rgba[4 * (13 * 384 + 13)]).toBe(16);
    expect(p.rgba[4 * (13 * 384 + 20)]).toBe(240);
  });

  test("every glyph fills its 5×7 box; unknown characters are blank", () => {
    expect(GLYPH_W * GLYPH_H).toBe(35);
    expect(inkAt("A", 0, 0)).toBe(false);
    expect(inkAt("A", 3, 0)).toBe(true);
    expect(inkAt("?", 3, 0)).toBe(false);
  });

  test("flat is uniform mid grey", () => {
    const p = patternPicture("flat", 5, 3);
    expect(new Set(Array.from(p.rgba))).toEqual(new Set([128, 255]));
  });
});

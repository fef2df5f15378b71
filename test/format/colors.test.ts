import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { scaleDiverging, scaleSequential } from "d3-scale";
import { interpolateGreys, interpolateRdBu } from "d3-scale-chromatic";
import { describe, expect, test } from "vitest";
import { contrast, HIGHLIGHT, INK, inkOn, valueFill } from "../../src/format/colors";

const css = readFileSync(resolve(__dirname, "../../src/styles.css"), "utf8");

function token(name: string): string {
  const m = css.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`));
  if (!m) throw new Error(`no --${name} in styles.css`);
  return m[1];
}

describe("colours", () => {
  test("value fills always leave text with WCAG AA contrast (≥ 4.5)", () => {
    for (const values of [[1, 2, 3, 4], [18, 27], [-5, 0, 5], [-3, -1], [7, 7]]) {
      const fill = valueFill(values);
      for (let v = Math.min(...values); v <= Math.max(...values); v += 0.25) {
        const bg = fill(v);
        expect(contrast(bg, inkOn(bg)), `${values} at ${v}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  test("the stylesheet's text colours meet WCAG AA on the backgrounds they sit on", () => {
    const pairs: Array<[string, string]> = [
      [token("ink"), token("card")],
      [token("ink"), token("bg")],
      [token("ink"), token("read-bg")],
      [token("ink"), token("written-bg")],
      [token("muted"), token("card")],
      [token("muted"), token("bg")],
      [token("muted"), "#e8ecf3"],
      [token("muted"), "#fdf3e1"],
      [token("faint"), token("card")],
      [token("faint"), token("bg")],
      ["#ffffff", token("accent")],
      ["#ffffff", "#334155"],
      ["#8a4500", "#fffaf0"],
      ["#00527f", token("accent-soft")],
      ["#5c1111", "#fdf2f2"],
    ];
    for (const [fg, bg] of pairs) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  test("highlight outlines stand out from white as UI graphics (WCAG 1.4.11, ≥ 3)", () => {
    for (const name of ["read", "written", "linked"]) expect(contrast(token(name), "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  test("the canvas draws with the stylesheet's highlight colours", () => {
    expect([HIGHLIGHT.read, HIGHLIGHT.readBg, HIGHLIGHT.written, HIGHLIGHT.writtenBg, HIGHLIGHT.linked]).toEqual(
      ["read", "read-bg", "written", "written-bg", "linked"].map(token),
    );
  });

  test("a fill is a fixed palette: equal values get the very same colour, the ends of the range differ", () => {
    const fill = valueFill([-4, 4]);
    expect(fill(1.5)).toBe(fill(1.5));
    expect(fill(-4)).not.toBe(fill(4));
    expect(fill(0)).toBe(valueFill([-1, 1])(0));
  });

  test("a grid with no finite value has no fill", () => {
    expect(valueFill([Number.NaN])(1)).toBe("transparent");
    expect(inkOn("transparent")).toBe(INK);
  });

  test("the colours are those of d3's sequential and diverging scales over the value range, at every level", () => {
    const levels = 256;
    for (const m of [1, 4, 27, 1e6]) {
      const greys = scaleSequential((t: number) => interpolateGreys(0.03 + 0.27 * t)).domain([0, m]);
      const rdbu = scaleDiverging((t: number) => interpolateRdBu(0.5 + (t - 0.5) * 0.55)).domain([-m, 0, m]);
      const one = valueFill([0, m]);
      const signed = valueFill([-m, m]);
      for (let i = 0; i < levels; i++) {
        const t = i / (levels - 1);
        expect(one(m * t), `greys m=${m} level ${i}`).toBe(greys(m * t));
        expect(signed(-m + 2 * m * t), `rdbu m=${m} level ${i}`).toBe(rdbu(-m + 2 * m * t));
      }
    }
  });
});

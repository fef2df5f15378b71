import { describe, expect, test } from "vitest";
import { formatGrids, parseGrids } from "../../src/url/grid";

const CAP = { count: 16, side: 32 };

describe("the link's grid syntax", () => {
  test("formatGrids writes what parseGrids reads back", () => {
    const data = Float64Array.from([1, -2.5, 3e-7, 4, 5, 6, 7, 8]);
    const text = formatGrids(data, 2, 2, 2);
    expect(text).toBe("1,-2.5;3e-7,4/5,6;7,8");
    expect(parseGrids(text, CAP)).toMatchObject({ count: 2, rows: 2, cols: 2, data, badValues: 0 });
  });

  test("a hand-written link reads numbers as everywhere else (core/number.ts): full-width forms and − yes, hex no", () => {
    const g = parseGrids("１，−２；３，４", CAP);
    expect(Array.from(g.data)).toEqual([1, -2, 3, 4]);
    expect(g.badValues).toBe(0);
    const h = parseGrids("1,0x10;Infinity,4", CAP);
    expect(Array.from(h.data)).toEqual([1, 0, 0, 4]);
    expect(h.badValues).toBe(2);
  });
});

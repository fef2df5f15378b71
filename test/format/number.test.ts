import { describe, expect, test } from "vitest";
import { formatNumber } from "../../src/format/number";

describe("formatNumber", () => {
  test("integers print as integers", () => {
    expect(formatNumber(18)).toBe("18");
    expect(formatNumber(-27)).toBe("-27");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });

  test("decimals keep at most 3 decimals, without trailing zeros", () => {
    expect(formatNumber(0.5)).toBe("0.5");
    expect(formatNumber(1 / 3)).toBe("0.333");
    expect(formatNumber(2.0004)).toBe("2");
    expect(formatNumber(-1.25)).toBe("-1.25");
    expect(formatNumber(-0.0004)).toBe("-4e-4");
  });

  test("not computed yet is the empty string", () => {
    expect(formatNumber(Number.NaN)).toBe("");
  });

  test("extreme magnitudes are compact and still read back with Number()", () => {
    for (const v of [1.5e9, 123456789, 3e-7]) {
      const s = formatNumber(v);
      expect(s.length).toBeLessThanOrEqual(8);
      expect(Number(s) / v).toBeCloseTo(1, 1);
    }
  });
});

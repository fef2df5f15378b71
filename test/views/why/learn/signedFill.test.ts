import { rgb } from "d3-color";
import { describe, expect, test } from "vitest";
import { contrast, inkOn } from "../../../../src/format/colors";
import { signedFill } from "../../../../src/views/why/learn/signedFill";

describe("signedFill", () => {
  test("stays diverging when every weight is positive: blue for the largest, white-ish at 0, red for negatives", () => {
    const fill = signedFill([0.1, 0.78, 0.5]);
    const top = rgb(fill(0.78));
    expect(top.b).toBeGreaterThan(top.r);
    const neg = rgb(fill(-0.78));
    expect(neg.r).toBeGreaterThan(neg.b);
    const zero = rgb(fill(0));
    expect(Math.min(zero.r, zero.g, zero.b)).toBeGreaterThan(230);
  });

  test("text on every level keeps WCAG AA contrast", () => {
    const fill = signedFill([-1, 1]);
    for (let v = -1; v <= 1; v += 0.05) {
      const bg = fill(v);
      expect(contrast(bg, inkOn(bg))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

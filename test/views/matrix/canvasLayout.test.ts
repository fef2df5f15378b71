import { describe, expect, test } from "vitest";
import { canvasLayout, minimapSize, zoneAt } from "../../../src/views/matrix/canvasLayout";

describe("the canvas matrix's layout", () => {
  test("the minimap keeps the matrix's aspect ratio and never gets thinner than 14 px", () => {
    expect(minimapSize(676, 1024, 120, 400)).toEqual({ w: 120, h: 79 });
    expect(minimapSize(17161, 1024, 120, 400)).toEqual({ w: 24, h: 400 });
    expect(minimapSize(68644, 256, 120, 400).w).toBe(14);
  });

  test("vec(output) sits right beside a matrix narrower than the body, and pointing there names a row", () => {
    const wide = canvasLayout(800, 400);
    const narrow = canvasLayout(800, 400, 200);
    expect(narrow.outStripX).toBe(narrow.bodyX + 200 + 5);
    expect(wide.outStripX).toBe(wide.bodyX + wide.bodyW + 5);
    expect(zoneAt(narrow, narrow.outStripX + 2, narrow.bodyY + 10)).toBe("rows");
    expect(zoneAt(narrow, narrow.bodyX + 10, narrow.bodyY + 10)).toBe("body");
    expect(zoneAt(narrow, narrow.bodyX + 10, narrow.inStripY + 2)).toBe("cols");
    expect(zoneAt(narrow, 2, 2)).toBe("none");
  });
});

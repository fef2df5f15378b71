import { describe, expect, test } from "vitest";
import { explore } from "../../../src/core";
import { cellName, subscript, weightLabel, weightName, weightPos } from "../../../src/views/matrix/labels";
import { clampNav, navKey } from "../../../src/views/matrix/tableNav";
import { cellSize, tableGeometry } from "../../../src/views/matrix/tableSize";
import { seedConv } from "../../worker/helpers";

describe("names in the matrix", () => {
  const g = explore(seedConv()).geometry;

  test("subscripts", () => {
    expect(subscript(0)).toBe("₀");
    expect(subscript(12)).toBe("₁₂");
  });

  test("a single-plane kernel names its weights by row and column, 0-based like the grids", () => {
    expect(weightLabel(g, 0)).toBe("w₀₀");
    expect(weightLabel(g, 5)).toBe("w₁₂");
    expect(weightName(g, 5)).toBe("w[1,2]");
  });

  test("with several channels a weight's full name gives its channel pair, in PyTorch's index order; the cell label only its position", () => {
    const multi = { ...g, xC: 2, yC: 3, groups: 1 };
    // [yC=3, xC=2, 3, 3]: index 2·18 + 1·9 + 1·3 + 2 = 50 is w[2,1,1,2].
    expect(weightPos(multi, 50)).toEqual({ a: 2, b: 1, ky: 1, kx: 2 });
    expect(weightName(multi, 50)).toBe("w[2,1,1,2]");
    expect(weightLabel(multi, 50)).toBe("w₁₂");
  });

  test("cells are named like the grids: y[0,1], or y[1,0,1] with channels", () => {
    expect(cellName("y", [1, 2, 2], 1)).toBe("y[0,1]");
    expect(cellName("x′", [2, 2, 3], 7)).toBe("x′[1,0,1]");
  });
});

describe("keyboard movement in the DOM matrix", () => {
  test("arrows move by one, stopping at the edges; the vec(input) row has no label or vec(output) column", () => {
    expect(navKey({ r: 0, c: 0 }, "ArrowUp", 4, 16)).toEqual({ r: -1, c: 0 });
    expect(navKey({ r: -1, c: 0 }, "ArrowUp", 4, 16)).toEqual({ r: -1, c: 0 });
    expect(navKey({ r: 0, c: -1 }, "ArrowUp", 4, 16)).toEqual({ r: -1, c: 0 });
    expect(navKey({ r: 3, c: 16 }, "ArrowDown", 4, 16)).toEqual({ r: 3, c: 16 });
    expect(navKey({ r: 2, c: 5 }, "Home", 4, 16)).toEqual({ r: 2, c: -1 });
    expect(navKey({ r: 2, c: 5 }, "x", 4, 16)).toBeNull();
    expect(clampNav({ r: -1, c: 16 }, 4, 16)).toEqual({ r: -1, c: 15 });
  });
});

describe("DOM matrix cell sizes", () => {
  test("cells shrink to the room, never below 12 px; below 17 px they turn square and hide their labels", () => {
    expect(cellSize(4, 16, null)).toEqual({ cw: 38, ch: 32, dense: false });
    expect(cellSize(16, 4, null)).toEqual({ cw: 56, ch: 32, dense: false });
    const narrow = cellSize(4, 16, 470);
    expect(narrow.cw).toBeGreaterThanOrEqual(17);
    expect(narrow.cw).toBeLessThan(38);
    expect(cellSize(64, 64, 600)).toEqual({ cw: 12, ch: 12, dense: true });
  });

  test("overlays line up with the cells: column c starts at x0 + c·(cw + gap)", () => {
    const size = cellSize(4, 16, null);
    const g = tableGeometry(4, 16, size, 6, 6, 48);
    expect(g.gap).toBe(1);
    expect(g.width).toBe(16 * 38 + 15);
    expect(g.xEq).toBe(g.x0 + g.width + 1);
    expect(g.height).toBe(4 * 32 + 3);
  });
});

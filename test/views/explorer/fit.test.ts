import { describe, expect, test } from "vitest";
import { fitCells, MAX_CELL_PX, maxCellFor, MIN_SHORT_CELL_PX } from "../../../src/views/explorer/fit";

describe("maxCellFor: the cell cap that keeps a view above the docked player on a short screen", () => {
  test("a 1080 px screen keeps the full size; 768 and 720 px laptops get 40 and 37 px", () => {
    expect(maxCellFor(1080)).toBe(MAX_CELL_PX);
    expect(maxCellFor(768)).toBe(40);
    expect(maxCellFor(720)).toBe(37);
  });
  test("never below the size whose numbers read at 12 px", () => {
    expect(maxCellFor(300)).toBe(MIN_SHORT_CELL_PX);
    expect(MIN_SHORT_CELL_PX * 0.38).toBeGreaterThanOrEqual(12);
  });
});

describe("fitCells", () => {
  test("the seed's reverse fits on one line in a wide view, at the cap", () => {
    expect(fitCells(900, 2, 3, 4, 40)).toEqual({ input: 40, kernel: 40, output: 40, layout: "line" });
  });
  test("a narrow view puts the output under input ∗ kernel", () => {
    expect(fitCells(440, 5, 3, 11).layout).toBe("two");
  });
});

import { describe, expect, test } from "vitest";
import { scrollToShow, unionOf } from "../../../src/views/playback/keepInSight";

const band = { top: 0, bottom: 700 };

describe("scrollToShow: the scroll that brings a step's cells out from under the docked player", () => {
  test("nothing moves when the view is already in the uncovered band", () => {
    expect(scrollToShow({ top: 100, bottom: 600 }, { top: 400, bottom: 500 }, band, 10)).toBe(0);
  });

  test("a view that runs under the dock scrolls up just enough for its bottom to clear it", () => {
    expect(scrollToShow({ top: 300, bottom: 800 }, { top: 600, bottom: 780 }, band, 10)).toBe(800 - 690);
  });

  test("a view above the band scrolls down to its top", () => {
    expect(scrollToShow({ top: -200, bottom: 300 }, { top: -100, bottom: 0 }, band, 10)).toBe(-210);
  });

  test("a view taller than the band shows the written cells instead, with the least scroll", () => {
    expect(scrollToShow({ top: 100, bottom: 1500 }, { top: 900, bottom: 1000 }, band, 10)).toBe(1000 - 690);
    // written cells taller than the band: their top goes to the band's top
    expect(scrollToShow({ top: 100, bottom: 1500 }, { top: 900, bottom: 1800 }, band, 10)).toBe(890);
    // written cells already in sight: no move, even though the whole view cannot be shown
    expect(scrollToShow({ top: 100, bottom: 1500 }, { top: 200, bottom: 300 }, band, 10)).toBe(0);
  });

  test("the band's top counts: a band under a header shifts the target by that much", () => {
    expect(scrollToShow({ top: 20, bottom: 200 }, { top: 50, bottom: 60 }, { top: 80, bottom: 700 }, 10)).toBe(20 - 90);
  });
});

describe("unionOf", () => {
  test("spans the extremes, and is null for nothing", () => {
    expect(unionOf([{ top: 5, bottom: 9 }, { top: 1, bottom: 4 }, { top: 6, bottom: 20 }])).toEqual({ top: 1, bottom: 20 });
    expect(unionOf([])).toBeNull();
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { editText, parseCellValue } from "../../../src/views/edit/parseCellValue";

describe("parseCellValue", () => {
  test.each([
    ["3", 3],
    [" -2.5 ", -2.5],
    ["+4", 4],
    [".5", 0.5],
    ["1e3", 1000],
    ["−7", -7],
    ["1/4", 0.25],
    ["-3 / 4", -0.75],
    ["-0", 0],
    ["３", 3],
    ["−１．５", -1.5],
    ["１／４", 0.25],
  ])("%j is %d", (text, value) => {
    expect(parseCellValue(text)).toEqual({ ok: true, value });
  });

  test.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "notNumber"],
    ["1,5", "notNumber"],
    ["2x", "notNumber"],
    ["1/x", "notNumber"],
    ["NaN", "notFinite"],
    ["-inf", "notFinite"],
    ["1/0", "notFinite"],
    ["1e400", "notFinite"],
    ["1000000.5", "range"],
    ["-2e6", "range"],
  ])("%j is refused (%s)", (text, problem) => {
    expect(parseCellValue(text)).toEqual({ ok: false, problem });
  });

  test("a value's editing text reads back as the same value, for every value in range", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) => {
        const back = parseCellValue(editText(v));
        expect(back.ok && back.value).toBe(v === 0 ? 0 : v);
      }),
    );
  });
});

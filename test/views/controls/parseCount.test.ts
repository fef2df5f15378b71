import { describe, expect, test } from "vitest";
import { parseCount } from "../../../src/views/controls/parseCount";

const R = { min: 1, max: 8 };

describe("parseCount reads a count field's text without throwing", () => {
  test.each([
    ["3", { kind: "ok", value: 3 }],
    [" 3 ", { kind: "ok", value: 3 }],
    ["+3", { kind: "ok", value: 3 }],
    ["003", { kind: "ok", value: 3 }],
    ["3.0", { kind: "ok", value: 3 }],
    ["３", { kind: "ok", value: 3 }],
    ["", { kind: "empty" }],
    ["   ", { kind: "empty" }],
    ["0", { kind: "outOfRange", text: "0" }],
    ["-3", { kind: "outOfRange", text: "-3" }],
    ["−3", { kind: "outOfRange", text: "−3" }],
    ["9", { kind: "outOfRange", text: "9" }],
    ["1e9", { kind: "outOfRange", text: "1e9" }],
    ["1e999", { kind: "outOfRange", text: "1e999" }],
    ["2.5", { kind: "notWhole", text: "2.5" }],
    ["-2.5", { kind: "notWhole", text: "-2.5" }],
    ["abc", { kind: "notNumber", text: "abc" }],
    ["0x10", { kind: "notNumber", text: "0x10" }],
    ["Infinity", { kind: "notNumber", text: "Infinity" }],
    ["NaN", { kind: "notNumber", text: "NaN" }],
    ["1,5", { kind: "notNumber", text: "1,5" }],
    ["3px", { kind: "notNumber", text: "3px" }],
    ["-", { kind: "notNumber", text: "-" }],
    [".", { kind: "notNumber", text: "." }],
  ])("%j", (text, expected) => {
    expect(parseCount(text, R)).toEqual(expected);
  });
});

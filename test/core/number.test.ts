import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { normalizeNumberText, numberOr, parseNumber } from "../../src/core/number";

const ok = (value: number) => ({ ok: true, value });
const no = (problem: string) => ({ ok: false, problem });

describe("the one number parser", () => {
  test.each([
    ["3", ok(3)],
    ["  -1.5 ", ok(-1.5)],
    ["+2", ok(2)],
    [".5", ok(0.5)],
    ["5.", ok(5)],
    ["2e3", ok(2000)],
    ["1E-2", ok(0.01)],
    ["-0", ok(-0)],
  ])("ASCII %j", (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });

  test.each([
    ["３", ok(3)],
    ["１２", ok(12)],
    ["−1", ok(-1)], // U+2212 MINUS SIGN
    ["－２", ok(-2)], // full-width hyphen-minus
    ["＋４", ok(4)],
    ["０．２５", ok(0.25)],
    ["１ｅ３", ok(1000)],
    ["\u30002\u3000", ok(2)], // ideographic spaces around
  ])("full-width digits, signs and point, and the typographic minus, are accepted: %j", (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });

  test.each([
    ["", no("empty")],
    ["   ", no("empty")],
    ["abc", no("notNumber")],
    ["0x10", no("notNumber")],
    ["1,000", no("notNumber")],
    ["1 2", no("notNumber")],
    ["--1", no("notNumber")],
    ["e5", no("notNumber")],
    ["NaN", no("notFinite")],
    ["-inf", no("notFinite")],
    ["Infinity", no("notFinite")],
    ["1e999", no("overflow")],
    ["9".repeat(400), no("overflow")],
  ])("refused: %j", (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });

  test("the full-width comma and semicolon become separators, and the length of the text is kept", () => {
    expect(normalizeNumberText("１，２；３")).toBe("1,2;3");
    expect(normalizeNumberText("[［１］]")).toBe("[[1]]");
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => normalizeNumberText(s).length === s.length), { numRuns: 200 });
  });

  test("every finite double survives String → parseNumber, in ASCII and in full width", () => {
    fc.assert(
      // String(−0) is "0": the text of −0 reads back as 0.
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)), (v) => {
        const text = String(v);
        const wide = text.replace(/[0-9+.e-]/g, (ch) => (ch === "-" ? "−" : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
        expect(parseNumber(text)).toEqual(ok(v));
        expect(parseNumber(wide)).toEqual(ok(v));
      }),
    );
  });

  test("numberOr gives the fallback for what is not a number", () => {
    expect(numberOr("７")).toBe(7);
    expect(Number.isNaN(numberOr("x"))).toBe(true);
    expect(numberOr("x", 0)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { readAnswer } from "../../../src/model/lesson/readAnswer";

describe("readAnswer", () => {
  it("reads integers, decimals and signs, with spaces around", () => {
    expect(readAnswer(" 27 ")).toBe(27);
    expect(readAnswer("-3")).toBe(-3);
    expect(readAnswer("1.5")).toBe(1.5);
    expect(readAnswer(".5")).toBe(0.5);
  });
  it("reads what a Chinese IME types: full-width digits, minus and full stop", () => {
    expect(readAnswer("９０")).toBe(90);
    expect(readAnswer("－１")).toBe(-1);
    expect(readAnswer("１。５")).toBe(1.5);
  });
  it("refuses empty text, words, and several numbers", () => {
    expect(readAnswer("")).toBeNull();
    expect(readAnswer("twenty")).toBeNull();
    expect(readAnswer("2 or 4")).toBeNull();
    expect(readAnswer("1e400")).toBeNull();
  });
});

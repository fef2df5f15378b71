import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { pyFloatRepr, pyList, roundHalfEven } from "../../src/format/pyRepr";

describe("Python's float repr", () => {
  test.each([
    [18, "18.0"],
    [-2.5, "-2.5"],
    [0.1, "0.1"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [1e16, "1e+16"],
    [1234567890123456, "1234567890123456.0"],
    [1.5e-7, "1.5e-07"],
    [123.456, "123.456"],
    [-0, "-0.0"],
    [0, "0.0"],
    [1e300, "1e+300"],
  ])("repr(%s) is %s", (v, s) => {
    expect(pyFloatRepr(v)).toBe(s);
  });

  test("it always reads back as the same float", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        expect(Object.is(Number(pyFloatRepr(v)), v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("lists print the way Python prints them", () => {
    expect(pyList([[18, 27], [0.5, -1]])).toBe("[[18.0, 27.0], [0.5, -1.0]]");
  });

  test("rounding is half to even, as torch.round", () => {
    expect([roundHalfEven(0.5, 0), roundHalfEven(1.5, 0), roundHalfEven(2.5, 0), roundHalfEven(-0.5, 0)]).toEqual([0, 2, 2, -0]);
    expect(roundHalfEven(1.23456, 4)).toBe(1.2346);
  });
});

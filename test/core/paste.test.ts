import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { parseMatrix } from "../../src/core";
import { QUOTE_MAX } from "../../src/core/problem";

const ok = (text: string) => {
  const r = parseMatrix(text);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${r.error}`);
  return r.rows;
};
const error = (text: string) => {
  const r = parseMatrix(text);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return r.error;
};

describe("pasting a matrix", () => {
  test("whitespace- and comma-separated rows, with newlines or ; between rows", () => {
    expect(ok("1 2 3\n4 5 6")).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(ok("1,2,3;4,5,6")).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(ok("  1.5, -2e-1\t3\r\n\n4 5 .5  ")).toEqual([[1.5, -0.2, 3], [4, 5, 0.5]]);
  });

  test("JSON, a single row, and NumPy / PyTorch printouts", () => {
    expect(ok("[[1, 2], [3, 4]]")).toEqual([[1, 2], [3, 4]]);
    expect(ok("[1, 2, 3]")).toEqual([[1, 2, 3]]);
    expect(ok("array([[1., 2.],\n       [3., 4.]])")).toEqual([[1, 2], [3, 4]]);
    expect(ok("[[1 2 3]\n [4 5 6]]")).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(ok("tensor([[[[ 0.5000, -1.0000],\n          [ 2.0000,  3.0000]]]], dtype=torch.float64, requires_grad=True)")).toEqual([
      [0.5, -1],
      [2, 3],
    ]);
    expect(ok("np.array([[1, 2], [3, 4]], dtype=np.float32)")).toEqual([[1, 2], [3, 4]]);
  });

  test("bad text gets a message saying what is wrong", () => {
    expect(error("")).toBe("the pasted text is empty");
    expect(error("   \n ")).toBe("the pasted text is empty");
    expect(error("1 2 3\n4 5")).toBe("rows must be the same length: row 1 has 3 values, row 2 has 2");
    expect(error("1 2\n3 x")).toBe("row 2, value 2: “x” is not a number");
    expect(error("1 nan")).toBe("row 1, value 2 is nan: only finite numbers can be used");
    expect(error("[[1, 2], [3, 4]")).toBe("a [ is never closed");
    expect(error("[[1, 2]]]")).toBe("a closing ] has no matching [");
    expect(error("[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]")).toBe("only 2-D matrices can be pasted (found more than two nested levels)");
    expect(error("[[1, 2], [3, Infinity]]")).toBe("value 2 is Infinity: only finite numbers can be used");
    expect(error("1 1e999")).toBe("row 1, value 2 is 1e999: only finite numbers can be used");
  });

  test("full-width digits, commas and brackets and the typographic minus paste as they read (core/number.ts)", () => {
    expect(parseMatrix("１ ２\n３ ４")).toEqual({ ok: true, rows: [[1, 2], [3, 4]] });
    expect(parseMatrix("−1")).toEqual({ ok: true, rows: [[-1]] });
    expect(parseMatrix("１，−２；３，４")).toEqual({ ok: true, rows: [[1, -2], [3, 4]] });
    expect(parseMatrix("［［１，２］，［３，４］］")).toEqual({ ok: true, rows: [[1, 2], [3, 4]] });
    expect(error("1 0x10")).toBe("row 1, value 2: “0x10” is not a number");
  });

  test("a message quotes at most QUOTE_MAX characters of what was pasted, however long it is", () => {
    const cut = `${"9".repeat(QUOTE_MAX - 1)}…`;
    expect(error("9".repeat(102_400))).toBe(`row 1, value 1 is ${cut}: only finite numbers can be used`);
    expect(error(`[[${"9".repeat(400)}]]`)).toBe(`value 1 is ${cut}: only finite numbers can be used`);
    expect(error(`1 ${"a".repeat(100_000)}`)).toBe(`row 1, value 2: “${"a".repeat(QUOTE_MAX - 1)}…” is not a number`);
  });

  test("any numeric matrix survives being printed as rows, as JSON and as a NumPy-style printout", () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) =>
        fc.array(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: c, maxLength: c }), {
          minLength: r,
          maxLength: r,
        }),
      );
    fc.assert(
      fc.property(matrix, (m) => {
        const clean = m.map((row) => row.map((v) => (Object.is(v, -0) ? 0 : v)));
        expect(ok(clean.map((r) => r.join(" ")).join("\n"))).toEqual(clean);
        expect(ok(JSON.stringify(clean))).toEqual(clean);
        expect(ok(`array([${clean.map((r) => `[${r.join(", ")}]`).join(",\n       ")}])`)).toEqual(clean);
      }),
      { numRuns: 200 },
    );
  });

  test("random text never throws: it parses or gets a message", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const r = parseMatrix(s);
        expect(r.ok ? Array.isArray(r.rows) : r.error.length > 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

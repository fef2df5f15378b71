import { describe, expect, test } from "vitest";
import { problemMaker, problemOf, ProblemError, QUOTE_MAX, quoted, refusalMaker, reportOf } from "../../src/core/problem";

const SPEC = { "demo.min": ["field", "min", "got"], "demo.wrap": ["layer", "cause"] } as const;

describe("a refusal as data", () => {
  test("a ProblemError is a RangeError whose problem sits beside its English message", () => {
    const e = refusalMaker(SPEC)("demo.min", { field: "stride", min: 1, got: 0 }, "stride must be ≥ 1 (got 0)");
    expect(e).toBeInstanceOf(RangeError);
    expect(e.name).toBe("RangeError");
    expect(e.message).toBe("stride must be ≥ 1 (got 0)");
    expect(problemOf(e)).toEqual({ code: "demo.min", values: { field: "stride", min: 1, got: 0 } });
  });

  test("problemOf reads a problem from a structured clone's fields, and nothing from an error that has none", () => {
    const problem = problemMaker(SPEC)("demo.wrap", { layer: 2 }, { code: "demo.min", values: { field: "stride", min: 1, got: 0 } });
    expect(problemOf(structuredClone({ name: "RangeError", message: "…", problem }))).toEqual(problem);
    expect(problemOf(new Error("plain"))).toBeUndefined();
    expect(problemOf(null)).toBeUndefined();
    expect(problemOf({ problem: { code: 3 } })).toBeUndefined();
  });

  test("reportOf: the problem when there is one, else the message as it is", () => {
    expect(reportOf(new ProblemError({ code: "demo.min", values: {} }, "m"))).toEqual({ code: "demo.min", values: {} });
    expect(reportOf(new Error("Failed to fetch"))).toBe("Failed to fetch");
    expect(reportOf("boom")).toBe("boom");
  });

  test("quoted text is bounded in one place, to one length: QUOTE_MAX code points, the last an ellipsis", () => {
    expect(quoted("x")).toBe("x");
    expect(quoted("1e999")).toBe("1e999");
    expect(quoted("a".repeat(QUOTE_MAX))).toBe("a".repeat(QUOTE_MAX));
    expect(quoted("a".repeat(QUOTE_MAX + 1))).toBe(`${"a".repeat(QUOTE_MAX - 1)}…`);
    const q = quoted("9".repeat(102_400));
    expect(Array.from(q)).toHaveLength(QUOTE_MAX);
    expect(q).toBe(`${"9".repeat(QUOTE_MAX - 1)}…`);
  });

  test("the cut counts code points, so it never splits a surrogate pair", () => {
    expect(quoted("😀".repeat(30))).toBe(`${"😀".repeat(QUOTE_MAX - 1)}…`);
    expect(quoted("😀".repeat(QUOTE_MAX))).toBe("😀".repeat(QUOTE_MAX));
  });
});

import { describe, expect, test } from "vitest";
import { problemMaker, problemOf, ProblemError, quoted, refusalMaker, reportOf } from "../../src/core/problem";

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

  test("quoted text is bounded in one place", () => {
    expect(quoted("x")).toBe("x");
    expect(quoted("a".repeat(25))).toBe(`${"a".repeat(19)}…`);
    expect(quoted("b".repeat(50), 40)).toBe(`${"b".repeat(39)}…`);
    expect(quoted("😀".repeat(30))).toBe(`${"😀".repeat(19)}…`);
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { convInputSizesFor, convOutputSize, convTransposeOutputSize } from "../../../src/core";
import { axisFormula, convBack } from "../../../src/views/controls/formulaTerms";

const numbers = fc.record({
  i: fc.integer({ min: 1, max: 32 }),
  k: fc.integer({ min: 1, max: 7 }),
  s: fc.integer({ min: 1, max: 8 }),
  p: fc.integer({ min: 0, max: 8 }),
  d: fc.integer({ min: 1, max: 4 }),
  op: fc.integer({ min: 0, max: 7 }),
});

function attempt<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

describe("the worked formula", () => {
  test("conv: the formula's o equals convOutputSize wherever the core accepts the numbers", () => {
    fc.assert(
      fc.property(numbers, (n) => {
        const o = attempt(() => convOutputSize(n.i, n.k, n.s, n.p, n.d));
        if (o === null) return;
        const f = axisFormula("conv", { ...n, op: 0 });
        expect(f.o).toBe(o);
        expect(f.second).toBe(Math.floor(f.first / n.s));
        expect(f.inputSizes).toContain(n.i);
      }),
    );
  });

  test("transposed: the formula's o equals convTransposeOutputSize wherever the core accepts the numbers", () => {
    fc.assert(
      fc.property(numbers, (n) => {
        const o = attempt(() => convTransposeOutputSize(n.i, n.k, n.s, n.p, n.d, n.op));
        if (o === null) return;
        const f = axisFormula("transposed", n);
        expect(f.o).toBe(o);
        expect(f.first - 2 * n.p + f.second + n.op + 1).toBe(o);
      }),
    );
  });

  test("every input size the conv formula lists convolves back to the same output", () => {
    fc.assert(
      fc.property(numbers, (n) => {
        for (const x of convInputSizesFor(n.i, n.k, n.s, n.p, n.d)) expect(convBack(x, n)).toBe(n.i);
      }),
    );
  });

  test("k=3, s=2, p=1: inputs 5 and 6 both give 3, and output_padding = 1 restores 6", () => {
    expect(axisFormula("conv", { i: 6, k: 3, s: 2, p: 1, d: 1, op: 0 })).toMatchObject({ first: 5, second: 2, o: 3, inputSizes: [5, 6] });
    expect(axisFormula("transposed", { i: 3, k: 3, s: 2, p: 1, d: 1, op: 1 })).toMatchObject({ first: 4, second: 2, o: 6, inputSizes: [5, 6] });
  });
});

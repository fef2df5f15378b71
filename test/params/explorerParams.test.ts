import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { explore } from "../../src/core";
import { renderProblem } from "../../src/i18n/problems";
import {
  outputShape,
  problemOf,
  resizeGrid,
  reversed,
  seedParams,
  toExploreParams,
  weightShape,
  withChange,
  type ExplorerParams,
} from "../../src/params/explorerParams";

const run = (p: ExplorerParams) => explore(toExploreParams(p)).output.data;

/** A problem in English, as the app shows it. */
const english = (p: Parameters<typeof renderProblem>[0] | null) => (p === null ? null : renderProblem(p, "en"));

describe("the explorer's parameters", () => {
  test("the seed is valid and computes [[18, 27], [18, 27]]", () => {
    expect(problemOf(seedParams())).toBeNull();
    expect(Array.from(run(seedParams()))).toEqual([18, 27, 18, 27]);
  });

  test("values out of range are refused, unless the caller asks for the structure only", () => {
    const p = { ...seedParams(), input: seedParams().input.map((v, i) => (i === 5 ? 1e9 : v)) };
    expect(english(problemOf(p))).toMatch(/every input value must be between/);
    expect(problemOf(p, { values: false })).toBeNull();
    expect(english(problemOf({ ...p, stride: [0, 1] }, { values: false }))).toMatch(/stride \(height\)/);
  });

  test("reversing the seed scatters its output back to the 4×4, and reversing again restores conv mode on that", () => {
    const seed = seedParams();
    const back = reversed(seed, run(seed));
    expect([back.mode, back.inH, back.inW, back.outputPadding]).toEqual(["transposed", 2, 2, [0, 0]]);
    expect(Array.from(run(back))).toEqual([18, 45, 45, 27, 36, 90, 90, 54, 36, 90, 90, 54, 18, 45, 45, 27]);
    const again = reversed(back, run(back));
    expect([again.mode, again.inH, again.inW]).toEqual(["conv", 4, 4]);
  });

  test("reversing a strided conv picks the output_padding that restores the input size (k=3, s=2, p=1: 6 → 3 → 6)", () => {
    const p = withChange(seedParams(), { inH: 6, inW: 5, stride: [2, 2], padding: [1, 1] });
    const r = reversed(p, run(p));
    expect(r.outputPadding).toEqual([1, 0]);
    expect(outputShape(r)).toEqual([1, 6, 5]);
  });

  test("reversal keeps the shapes consistent for any valid configuration", () => {
    const config = fc.record({
      inC: fc.integer({ min: 1, max: 4 }),
      outC: fc.integer({ min: 1, max: 4 }),
      groups: fc.integer({ min: 1, max: 4 }),
      inH: fc.integer({ min: 1, max: 9 }),
      inW: fc.integer({ min: 1, max: 9 }),
      kH: fc.integer({ min: 1, max: 4 }),
      kW: fc.integer({ min: 1, max: 4 }),
      s: fc.integer({ min: 1, max: 3 }),
      pad: fc.integer({ min: 0, max: 2 }),
      d: fc.integer({ min: 1, max: 2 }),
    });
    fc.assert(
      fc.property(config, (c) => {
        const p = withChange(seedParams(), {
          inC: c.inC, outC: c.outC, groups: c.groups, inH: c.inH, inW: c.inW, kH: c.kH, kW: c.kW,
          stride: [c.s, c.s], padding: [c.pad, c.pad], dilation: [c.d, c.d],
        });
        fc.pre(problemOf(p) === null);
        const r = reversed(p, run(p));
        expect(problemOf(r)).toBeNull();
        expect(outputShape(r)).toEqual([p.inC, p.inH, p.inW]);
        expect(r.weight).toBe(p.weight);
        expect(weightShape(r)).toEqual(weightShape(p));
      }),
      { numRuns: 300 },
    );
  });

  test("problems name the field, the rule and the value", () => {
    const seed = seedParams();
    expect(english(problemOf({ ...seed, inH: 33 }))).toBe("input height must be between 1 and 32 (got 33)");
    expect(english(problemOf({ ...seed, stride: [0, 1] }))).toBe("stride (height) must be between 1 and 8 (got 0)");
    expect(english(problemOf({ ...seed, kW: 2.5 }))).toBe("kernel width must be a whole number (got 2.5)");
    expect(english(problemOf({ ...seed, padding: [NaN, 0] }))).toBe("padding (height) must be a number (got NaN)");
    expect(english(problemOf(withChange(seed, { inC: 3, groups: 2 })))).toBe(
      "groups must divide both channel counts (got in_channels=3, out_channels=1, groups=2)",
    );
    expect(english(problemOf({ ...seed, mode: "transposed", outputPadding: [1, 1] }))).toBe(
      "output padding must be smaller than either stride or dilation (got output_padding=1, stride=1, dilation=1)",
    );
    expect(english(problemOf(withChange(seed, { inH: 2 })))).toMatch(/^output size must be at least 1×1/);
    expect(english(problemOf({ ...seed, input: Float64Array.of(1, 2) }))).toBe("input must hold 16 values (got 2)");
    expect(english(problemOf({ ...seed, weight: new Float64Array(9).fill(2e6) }))).toBe("every kernel value must be between -1000000 and 1000000 (got 2000000)");
  });

  test("the flip toggle correlates with the 180°-rotated kernel", () => {
    const p = { ...seedParams(), weight: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]) };
    expect(Array.from(toExploreParams({ ...p, flip: true }).weight.data)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(run({ ...p, flip: true })).not.toEqual(run(p));
  });
});

describe("resizing a grid", () => {
  test("keeps every value that still has a place and zero-fills the rest", () => {
    const g = Float64Array.from([1, 2, 3, 4, 5, 6]);
    expect(Array.from(resizeGrid(g, [2, 3], [3, 2]))).toEqual([1, 2, 4, 5, 0, 0]);
    expect(Array.from(resizeGrid(g, [1, 2, 3], [2, 2, 3]))).toEqual([1, 2, 3, 4, 5, 6, 0, 0, 0, 0, 0, 0]);
  });

  test("every value whose position survives keeps it, at any shapes (against a cell-by-cell reference)", () => {
    const shape = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(shape, shape, fc.integer({ min: 1, max: 1000 }), (from, toRaw, seed) => {
        const to = from.map((_, d) => toRaw[d] ?? from[d]);
        const n = from.reduce((a, b) => a * b, 1);
        const data = Float64Array.from({ length: n }, (_, i) => ((i * 7 + seed) % 11) - 5);
        const expected: number[] = [];
        const total = to.reduce((a, b) => a * b, 1);
        for (let i = 0; i < total; i++) {
          let rest = i;
          let src = 0;
          let inside = true;
          for (let d = 0; d < to.length; d++) {
            const after = to.slice(d + 1).reduce((a, b) => a * b, 1);
            const coord = Math.floor(rest / after);
            rest %= after;
            if (coord >= from[d]) inside = false;
            src = src * from[d] + Math.min(coord, from[d] - 1);
          }
          expected.push(inside ? data[src] : data.every((v) => v === data[0]) ? data[0] : 0);
        }
        expect(Array.from(resizeGrid(data, from, to))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test("the same shape gives a copy, never the grid itself", () => {
    const g = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const same = resizeGrid(g, [2, 3], [2, 3]);
    expect(Array.from(same)).toEqual([1, 2, 3, 4, 5, 6]);
    same[0] = 9;
    expect(g[0]).toBe(1);
  });

  test("a constant grid stays constant, so the seed's ones kernel grows as ones", () => {
    const k = withChange(seedParams(), { kH: 4, kW: 5 });
    expect(Array.from(k.weight)).toEqual(new Array(20).fill(1));
    expect(Array.from(k.input)).toEqual(Array.from(seedParams().input));
  });
});

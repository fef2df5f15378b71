import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  checkerboardRule,
  coverage,
  coverageMap,
  coverageMap1d,
  resolveConvTranspose2d,
  scatterTrace,
  type CoverageLayer,
} from "../../src/core";

describe("checkerboardRule: uneven iff k mod s ≠ 0, gaps iff k < s", () => {
  test("k=3, s=2: phases receive 2 and 1, so 1D alternates 1, 2 and 2D has 1/2/4", () => {
    expect(checkerboardRule(3, 2)).toEqual({
      kernel: 3,
      stride: 2,
      phaseCounts: [2, 1],
      low: 1,
      high: 2,
      uneven: true,
      gaps: false,
      values2d: [1, 2, 4],
    });
  });

  test("k=4, s=2 is even: every cell receives 2 (4 in 2D)", () => {
    const r = checkerboardRule(4, 2);
    expect([r.phaseCounts, r.uneven, r.gaps, r.values2d]).toEqual([[2, 2], false, false, [4]]);
  });

  test("k=1, s=2 leaves zero gaps", () => {
    const r = checkerboardRule(1, 2);
    expect([r.phaseCounts, r.uneven, r.gaps, r.values2d]).toEqual([[1, 0], true, true, [0, 1]]);
  });

  test("the phase counts add up to k and take only the values ⌊k/s⌋ and ⌈k/s⌉", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 8 }), (k, s) => {
        const r = checkerboardRule(k, s);
        expect(r.phaseCounts.reduce((a, b) => a + b, 0)).toBe(k);
        for (const c of r.phaseCounts) expect([r.low, r.high]).toContain(c);
        expect(r.uneven).toBe(k % s !== 0);
        expect(r.gaps).toBe(k < s);
      }),
      { numRuns: 300 },
    );
  });
});

describe("coverageMap1d counts contributions per output cell", () => {
  test("k=3, s=2 on 6 inputs: 1, 1, 2, 1, 2, …, 1 with the first and last cells cut by the border", () => {
    const m = coverageMap1d([{ kernel: 3, stride: 2 }], 6);
    expect([...m.counts]).toEqual([1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 1]);
    expect([...m.interior]).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(m.stats).toMatchObject({ min: 1, max: 2, values: [1, 2], uneven: true, gaps: false, ratio: 2 });
  });

  test("k=4, s=2 is even in the interior", () => {
    expect(coverageMap1d([{ kernel: 4, stride: 2, padding: 1 }], 8).stats).toMatchObject({ values: [2], uneven: false, ratio: 1 });
  });

  test("k=1, s=2 leaves zero gaps", () => {
    const m = coverageMap1d([{ kernel: 1, stride: 2 }], 4);
    expect([...m.counts]).toEqual([1, 0, 1, 0, 1, 0, 1]);
    expect(m.stats).toMatchObject({ values: [0, 1], gaps: true, ratio: Infinity });
  });

  test("the interior counts are exactly the rule's phase counts, for any k, s and padding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 }), fc.nat(), (k, s, pSeed) => {
        const p = pSeed % k;
        const m = coverageMap1d([{ kernel: k, stride: s, padding: p }], 12);
        const rule = checkerboardRule(k, s);
        expect(m.stats?.values).toEqual([...new Set(rule.phaseCounts)].sort((a, b) => a - b));
        expect(m.stats?.uneven).toBe(rule.uneven);
        expect(m.stats?.gaps).toBe(rule.gaps);
      }),
      { numRuns: 300 },
    );
  });
});

describe("coverageMap (2D)", () => {
  test("k=3, s=2 gives 1/2/4 in the interior: 4 where rows and columns both overlap", () => {
    const m = coverageMap([{ kernel: 3, stride: 2 }], 4, 4);
    expect(m.shape).toEqual([9, 9]);
    expect(m.stats?.values).toEqual([1, 2, 4]);
    expect([...m.counts.slice(9 * 2, 9 * 3)]).toEqual([2, 2, 4, 2, 4, 2, 4, 2, 2]);
  });

  test("a square kernel's 2D map is the outer product of the 1D maps, and so is its interior", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kernel: fc.integer({ min: 1, max: 5 }), stride: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (layers, H, W) => {
          const m = coverageMap(layers, H, W);
          const r = coverageMap1d(layers, H);
          const c = coverageMap1d(layers, W);
          const [h, w] = m.shape;
          expect([h, w]).toEqual([r.counts.length, c.counts.length]);
          const counts = new Float64Array(h * w);
          const interior = new Uint8Array(h * w);
          for (let y = 0; y < h; y++)
            for (let x = 0; x < w; x++) {
              counts[y * w + x] = r.counts[y] * c.counts[x];
              interior[y * w + x] = r.interior[y] & c.interior[x];
            }
          expect(m.counts).toEqual(counts);
          expect(m.interior).toEqual(interior);
        },
      ),
      { numRuns: 150 },
    );
  });

  test("one layer's map equals the contributions per cell of the core's scatter trace", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }), fc.nat(), fc.nat(), (k, s, pSeed, opSeed) => {
        const layer: CoverageLayer = { kernel: k, stride: s, padding: pSeed % k, outputPadding: opSeed % s };
        const input = { shape: [1, 4, 3], data: new Float64Array(12).fill(1) };
        const weight = { shape: [1, 1, k, k], data: new Float64Array(k * k).fill(1) };
        let g;
        try {
          g = resolveConvTranspose2d(input, weight, null, { stride: s, padding: layer.padding, outputPadding: layer.outputPadding });
        } catch {
          return;
        }
        const counts = coverage(scatterTrace(g, input.data, weight.data, null));
        expect([...coverageMap([layer], 4, 3).counts]).toEqual([...counts]);
      }),
      { numRuns: 150 },
    );
  });

  test("interior cells have the counts an unbounded input gives: the same as the centre of a much larger input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kernel: fc.integer({ min: 1, max: 5 }), stride: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 6 }),
        (layers, n) => {
          const pad = 20;
          const small = coverageMap1d(layers, n);
          const big = coverageMap1d(layers, n + 2 * pad);
          const shift = pad * layers.reduce((a, l) => a * l.stride, 1);
          small.interior.forEach((inside, o) => {
            if (inside) expect(small.counts[o]).toBe(big.counts[o + shift]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("stacks: the checkerboard compounds, and a final stride-1 layer damps it", () => {
  const up: CoverageLayer = { kernel: 3, stride: 2 };
  test("two k=3, s=2 layers: 1D interior counts 1, 2, 3 (ratio 3) and 2D up to 9 (ratio 9), against 2 and 4 for one layer", () => {
    expect(coverageMap1d([up, up], 8).stats).toMatchObject({ values: [1, 2, 3], ratio: 3 });
    expect(coverageMap([up, up], 6, 6).stats).toMatchObject({ min: 1, max: 9, ratio: 9 });
    expect(coverageMap([up], 6, 6).stats).toMatchObject({ ratio: 4 });
  });

  test("three layers compound further: the 1D interior repeats 4, 3, 5, 2, 5, 3, 4, 1 (ratio 5)", () => {
    const m = coverageMap1d([up, up, up], 8);
    expect(m.stats).toMatchObject({ values: [1, 2, 3, 4, 5], ratio: 5 });
    expect([...m.counts.slice(24, 32)]).toEqual([4, 3, 5, 2, 5, 3, 4, 1]);
  });

  test("adding a stride-1 k=3 layer after k=3, s=2 turns 1, 2, 1, 2 into 4, 5, 4, 5: ratio 2 → 1.25 (1D) and 4 → 1.5625 (2D)", () => {
    const smooth: CoverageLayer = { kernel: 3, stride: 1, padding: 1 };
    expect(coverageMap1d([up, smooth], 8).stats).toMatchObject({ values: [4, 5], ratio: 1.25 });
    expect(coverageMap([up, smooth], 6, 6).stats?.ratio).toBe(1.5625);
  });
});

describe("coverage maps reject invalid layers, naming them", () => {
  test.each([
    [[{ kernel: 3, stride: 0 }], "layer 1 stride must be ≥ 1 (got 0)"],
    [[{ kernel: 3, stride: 2 }, { kernel: 3, stride: 2, outputPadding: 2 }], "layer 2: output padding must be smaller than either stride or dilation"],
    [[{ kernel: 3, stride: 1, padding: 5 }], "layer 1: output size must be at least 1"],
    [[], "a coverage stack needs at least one layer (got 0)"],
  ])("%j → %s", (layers, message) => {
    expect(() => coverageMap1d(layers, 4)).toThrow(message);
    expect(() => coverageMap(layers, 4, 4)).toThrow(message);
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { conv2d, fromNested, resolveConv2d, windowStateAt, windowTrace } from "../../../src/core";
import { RUNS, anyConfig, options, shapes, tensor, values } from "../arbitraries";
import { maxRelDiff } from "../reference";

const x = fromNested([[[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]]);
const ones = fromNested([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]]);

describe("the window trace", () => {
  const trace = windowTrace(resolveConv2d(x, ones, null), x.data, ones.data, null);

  test("the seed has 4 steps of 9 taps, one per output cell", () => {
    expect([trace.steps, trace.tapsPerStep]).toEqual([4, 9]);
    expect(Array.from(trace.output)).toEqual([18, 27, 18, 27]);
  });

  test("step 1 is the top-right window: rows 0–2, columns 1–3, reading 2 3 4 three times, summing to 27", () => {
    const taps = Array.from({ length: 9 }, (_, t) => 9 + t);
    expect(taps.map((t) => [trace.tapY[t], trace.tapX[t]])).toEqual([
      [0, 1], [0, 2], [0, 3], [1, 1], [1, 2], [1, 3], [2, 1], [2, 2], [2, 3],
    ]);
    expect(taps.map((t) => trace.tapProduct[t])).toEqual([2, 3, 4, 2, 3, 4, 2, 3, 4]);
    expect(taps.map((t) => trace.tapRunning[t])).toEqual([2, 5, 9, 11, 14, 18, 20, 23, 27]);
    expect(taps.map((t) => trace.tapKernel[t])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(trace.outIndex[1]).toBe(1);
  });

  test("taps on zero padding are marked with input −1 and contribute nothing", () => {
    const g = resolveConv2d(x, ones, null, { padding: 1 });
    const t = windowTrace(g, x.data, ones.data, null);
    // Step 0 (output (0,0)) has its window at rows −1..1, columns −1..1: 5 of 9 taps on padding.
    const pads = Array.from({ length: 9 }, (_, i) => t.tapInput[i] === -1);
    expect(pads).toEqual([true, true, true, true, false, false, true, false, false]);
    expect(t.tapY[0]).toBe(-1);
    expect(t.output[0]).toBe(1 + 2 + 1 + 2);
  });

  test("the state after step n holds the finished cells and NaN for the rest, read without replay", () => {
    const state = Array.from(windowStateAt(trace, 1));
    expect(state.slice(0, 2)).toEqual([18, 27]);
    expect(state.slice(2).every(Number.isNaN)).toBe(true);
    expect(windowStateAt(trace, -1).every(Number.isNaN)).toBe(true);
    expect(Array.from(windowStateAt(trace, 99))).toEqual([18, 27, 18, 27]);
  });

  test("the window trace's final state equals conv2d, and each running sum ends at its output, for random parameters", () => {
    fc.assert(
      fc.property(anyConfig, (c) => {
        const sh = shapes(c);
        const xs = tensor([sh.xC, sh.xH, sh.xW], c.seed);
        const ws = tensor(sh.wShape, c.seed + 1);
        const b = c.bias ? values(sh.yC, c.seed + 2) : null;
        const tr = windowTrace(resolveConv2d(xs, ws, b, options(c, false)), xs.data, ws.data, b);
        const y = conv2d(xs, ws, b, options(c, false));
        expect(maxRelDiff(tr.output, y.data)).toBeLessThan(1e-12);
        for (let n = 0; n < tr.steps; n++) {
          expect(tr.tapRunning[(n + 1) * tr.tapsPerStep - 1]).toBe(tr.output[n]);
        }
        for (let t = 0; t < tr.tapInput.length; t++) {
          const i = tr.tapInput[t];
          expect(tr.tapProduct[t]).toBe(i < 0 ? 0 : xs.data[i] * ws.data[tr.tapKernel[t]]);
        }
      }),
      RUNS,
    );
  });
});

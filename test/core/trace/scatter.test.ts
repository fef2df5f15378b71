import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  convTranspose2d,
  coverage,
  fromNested,
  resolveConvTranspose2d,
  scatterStateAt,
  scatterStateThrough,
  scatterTrace,
  type ConvOptions,
} from "../../../src/core";
import { RUNS, anyConfig, options, shapes, tensor, values } from "../arbitraries";
import { maxRelDiff } from "../reference";

const ones = fromNested([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]]);
const build = (y: { shape: number[]; data: Float64Array }, w: typeof ones, o: ConvOptions = {}, b: Float64Array | null = null) =>
  scatterTrace(resolveConvTranspose2d(y, w, b, o), y.data, w.data, b);

describe("the scatter trace", () => {
  const y = fromNested([[[18, 27], [18, 27]]]);
  const trace = build(y, ones);

  test("the seed's reverse has 4 steps, each writing 9 output cells", () => {
    expect([trace.steps, trace.contribPerStep]).toEqual([4, 9]);
    expect(Array.from(trace.output)).toEqual([18, 45, 45, 27, 36, 90, 90, 54, 36, 90, 90, 54, 18, 45, 45, 27]);
  });

  test("step 1 scatters 27 into rows 0–2, columns 1–3", () => {
    const c = Array.from({ length: 9 }, (_, t) => 9 + t);
    expect(c.map((t) => [trace.targetY[t], trace.targetX[t]])).toEqual([
      [0, 1], [0, 2], [0, 3], [1, 1], [1, 2], [1, 3], [2, 1], [2, 2], [2, 3],
    ]);
    expect(c.map((t) => trace.contribution[t])).toEqual(new Array(9).fill(27));
    // (0,1) already held 18 from step 0; (0,3) is new.
    expect(trace.after[9]).toBe(45);
    expect(trace.after[11]).toBe(27);
  });

  test("the whole output after each step is read without replay", () => {
    expect(Array.from(scatterStateAt(trace, -1))).toEqual(new Array(16).fill(0));
    expect(Array.from(scatterStateAt(trace, 0))).toEqual([18, 18, 18, 0, 18, 18, 18, 0, 18, 18, 18, 0, 0, 0, 0, 0]);
    expect(Array.from(scatterStateAt(trace, 1))).toEqual([18, 45, 45, 27, 18, 45, 45, 27, 18, 45, 45, 27, 0, 0, 0, 0]);
    expect(Array.from(scatterStateAt(trace, 3))).toEqual(Array.from(trace.output));
    // One multiply-add into step 1: only (0,1) has received 27 so far.
    expect(Array.from(scatterStateThrough(trace, 9))).toEqual([18, 45, 18, 0, 18, 18, 18, 0, 18, 18, 18, 0, 0, 0, 0, 0]);
    expect(Array.from(scatterStateThrough(trace, -1))).toEqual(new Array(16).fill(0));
  });

  test("contributions cropped by padding keep their position and target −1", () => {
    const t = build(fromNested([[[0, 1], [2, 3]]]), fromNested([[[[0, 1], [2, 3]]]]), { padding: 1 });
    expect(Array.from(t.output)).toEqual([4]);
    const kept = Array.from(t.target).filter((j) => j >= 0).length;
    expect([t.target.length, kept]).toEqual([16, 4]);
    expect([t.targetY[0], t.targetX[0], t.target[0]]).toEqual([-1, -1, -1]);
  });

  test("k=3, s=2 gives the uneven coverage behind checkerboard artifacts: 1,2,1,2,1 in 1D and 1/2/4 in 2D", () => {
    const row = build({ shape: [1, 1, 3], data: new Float64Array(3) }, fromNested([[[[1, 1, 1]]]]), { stride: 2 });
    expect(Array.from(coverage(row))).toEqual([1, 1, 2, 1, 2, 1, 1]);
    const grid = build({ shape: [1, 3, 3], data: new Float64Array(9) }, ones, { stride: 2, padding: 1 });
    expect(Array.from(coverage(grid).slice(0, 5))).toEqual([1, 2, 1, 2, 1]);
    expect(Array.from(coverage(grid).slice(5, 10))).toEqual([2, 4, 2, 4, 2]);
    const even = build({ shape: [1, 3, 3], data: new Float64Array(9) }, fromNested([[[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]]]), { stride: 2, padding: 1 });
    // k=4, s=2 is even: 1D coverage 1,2,2,2,2,1, so away from the border every cell gets 2·2 = 4.
    const cov = coverage(even);
    expect(Array.from(cov.slice(0, 6))).toEqual([1, 2, 2, 2, 2, 1]);
    for (let r = 1; r < 5; r++) expect(Array.from(cov.slice(r * 6 + 1, r * 6 + 5))).toEqual([4, 4, 4, 4]);
  });

  test("bias is the state before step 0", () => {
    const t = build(y, ones, {}, Float64Array.of(0.5));
    expect(Array.from(scatterStateAt(t, -1))).toEqual(new Array(16).fill(0.5));
    expect(t.output[0]).toBe(18.5);
  });

  test("the scatter trace's final state equals convTranspose2d, and every intermediate state equals a replay, for random parameters", () => {
    fc.assert(
      fc.property(anyConfig, fc.nat(), (c, pick) => {
        const sh = shapes(c);
        const ys = tensor([sh.yC, c.yH, c.yW], c.seed);
        const ws = tensor(sh.wShape, c.seed + 1);
        const b = c.bias ? values(sh.xC, c.seed + 2) : null;
        const tr = build(ys, ws, options(c, true), b);
        const x = convTranspose2d(ys, ws, b, options(c, true));
        expect(maxRelDiff(tr.output, x.data)).toBeLessThan(1e-12);
        const n = pick % tr.steps;
        const replay = tr.initial.slice();
        for (let t = 0; t < (n + 1) * tr.contribPerStep; t++) if (tr.target[t] >= 0) replay[tr.target[t]] += tr.contribution[t];
        expect(maxRelDiff(scatterStateAt(tr, n), replay)).toBeLessThan(1e-12);
      }),
      RUNS,
    );
  });
});

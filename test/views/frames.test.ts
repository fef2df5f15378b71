import { describe, expect, test } from "vitest";
import { explore } from "../../src/core";
import { convFrame } from "../../src/views/frames/convFrame";
import { linkedCells } from "../../src/views/frames/links";
import { scatterFrame } from "../../src/views/frames/scatterFrame";
import { block } from "./render";
import { seedConv, seedReverse } from "../worker/helpers";

const rc = (set: ReadonlySet<number>, cols: number) => [...set].map((i) => `${Math.floor(i / cols)},${i % cols}`).sort();

describe("convFrame", () => {
  const p = seedConv();
  const e = explore(p);
  const frame = (n: number) => convFrame(e.window!, n, p.input.data, p.weight.data, null, 9);

  test("before the first step nothing is read or written and the output is blank", () => {
    const f = frame(-1);
    expect(f.readInput.size).toBe(0);
    expect(f.written).toBe(-1);
    expect([...f.output].every(Number.isNaN)).toBe(true);
  });

  test("step 1 reads the top-right window 2 3 4 and writes 27 = the sum of its terms", () => {
    const f = frame(1);
    expect(rc(f.readInput, 4)).toEqual(block(0, 2, 1, 3));
    expect(f.readKernel.size).toBe(9);
    expect([f.outR, f.outC, f.value]).toEqual([0, 1, 27]);
    expect(f.terms.map((t) => t.input)).toEqual([2, 3, 4, 2, 3, 4, 2, 3, 4]);
    expect(f.terms.map((t) => t.running)).toEqual([2, 5, 9, 11, 14, 18, 20, 23, 27]);
    expect([...f.output].slice(0, 2)).toEqual([18, 27]);
  });
});

describe("scatterFrame", () => {
  const p = seedReverse();
  const e = explore(p);
  const frame = (n: number) => scatterFrame(e.scatter!, n, p.input.data, 9);

  test("before the first step every output cell holds its initial 0 and has received nothing", () => {
    const f = frame(-1);
    expect([...f.output]).toEqual(new Array(16).fill(0));
    expect([...f.received]).toEqual(new Array(16).fill(0));
  });

  test("step 1 scatters 27 into rows 0–2, cols 1–3", () => {
    const f = frame(1);
    expect([f.inR, f.inC, f.inValue]).toEqual([0, 1, 27]);
    expect(rc(new Set(f.written.keys()), 4)).toEqual(block(0, 2, 1, 3));
    expect([...f.added]).toEqual(new Array(9).fill(27));
    expect(f.rows).toEqual([0, 2]);
    expect(f.cols).toEqual([1, 3]);
  });

  test("at the end the counts are the 1/2/4 coverage of a 3×3 kernel at stride 1", () => {
    const f = frame(3);
    expect([...f.received]).toEqual([1, 2, 2, 1, 2, 4, 4, 2, 2, 4, 4, 2, 1, 2, 2, 1]);
    expect([...f.received]).toEqual([...f.total]);
  });
});

describe("linkedCells", () => {
  test("an output cell of the conv links to its 3×3 receptive field", () => {
    const m = explore(seedConv()).matrix;
    expect(rc(linkedCells(m, "output", 1).inputs, 4)).toEqual(block(0, 2, 1, 3));
  });

  test("a corner input of the conv feeds one output, a centre input all four", () => {
    const m = explore(seedConv()).matrix;
    expect([...linkedCells(m, "input", 0).outputs]).toEqual([0]);
    expect([...linkedCells(m, "input", 5).outputs].sort()).toEqual([0, 1, 2, 3]);
  });

  test("in the reverse an input cell links to its 9-cell footprint", () => {
    const m = explore(seedReverse()).matrix;
    expect(rc(linkedCells(m, "input", 3).outputs, 4)).toEqual(block(1, 3, 1, 3));
  });
});

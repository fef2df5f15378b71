import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { explore, type ExploreParams } from "../../src/core";
import { momentOf } from "../../src/model/moment";
import { linkedTo } from "../../src/model/focus";
import { shapes, tensor, transposedConfig, type Config } from "../core/arbitraries";
import { SEED_CONV, SEED_REVERSE } from "../fixtures/seed";

const sorted = (xs: Iterable<number>) => [...xs].sort((a, b) => a - b);
const WINDOW_TOP_RIGHT = [1, 2, 3, 5, 6, 7, 9, 10, 11];

describe("a moment: what one step touches in every view", () => {
  test("conv, one output cell: the top-right window feeds 27 through row 1 of C", () => {
    const e = explore(SEED_CONV);
    const m = momentOf(e, "gather", 1);
    expect(sorted(m.inputs)).toEqual(WINDOW_TOP_RIGHT);
    expect([m.outputs, m.row, m.col, m.entries.length]).toEqual([[1], 1, -1, 9]);
    expect(Array.from(m.output.slice(0, 2))).toEqual([18, 27]);
    expect(m.output.slice(2).every(Number.isNaN)).toBe(true);
    expect(momentOf(e, "scatter", 1)).toEqual(m); // conv mode gathers
  });

  test("conv, one multiply-add: the second tap of step 1 has summed 2 + 3", () => {
    const m = momentOf(explore(SEED_CONV), "mac", 10);
    expect([m.inputs, m.outputs, m.kernel, m.entries.length]).toEqual([[2], [1], [1], 1]);
    expect(m.output[1]).toBe(5);
  });

  test("transposed, one input cell: 27 scatters into rows 0–2, columns 1–3 through column 1 of Cᵀ", () => {
    const e = explore(SEED_REVERSE);
    const m = momentOf(e, "scatter", 1);
    expect([m.inputs, m.col, m.row]).toEqual([[1], 1, -1]);
    expect(sorted(m.outputs)).toEqual(WINDOW_TOP_RIGHT);
    expect(m.entries.length).toBe(9);
    expect(m.upsampled).toEqual([2 * 6 + 3]); // y(0,1) sits at (2,3) of the 6×6 upsampled grid
    expect(Array.from(m.output.slice(0, 4))).toEqual([18, 45, 45, 27]);
  });

  test("transposed, one output cell: the zero-insertion window at x′(1,1) reads all four inputs", () => {
    const m = momentOf(explore(SEED_REVERSE), "gather", 5);
    expect([sorted(m.inputs), m.outputs, m.row, m.upsampled.length]).toEqual([[0, 1, 2, 3], [5], 5, 9]);
    expect(m.output[5]).toBe(90);
    expect(Number.isNaN(m.output[6])).toBe(true);
  });

  test("transposed, one multiply-add: the first contribution of step 1 lands on x′(0,1)", () => {
    const m = momentOf(explore(SEED_REVERSE), "mac", 9);
    expect([m.inputs, m.outputs, m.row, m.col, m.entries.length]).toEqual([[1], [1], 1, 1, 1]);
    expect(Array.from(m.output.slice(0, 4))).toEqual([18, 45, 18, 0]);
  });

  test("before the first step nothing is active and nothing is computed (or only the bias is there)", () => {
    const m = momentOf(explore(SEED_REVERSE), "scatter", -1);
    expect([m.inputs, m.outputs, m.entries]).toEqual([[], [], []]);
    expect(Array.from(m.output)).toEqual(new Array(16).fill(0));
    expect(momentOf(explore(SEED_CONV), "gather", -1).output.every(Number.isNaN)).toBe(true);
  });
});

describe("every representation agrees on the connectivity, for random parameters", () => {
  const config = transposedConfig.filter((c) => c.N === 1 && !c.batched);
  const build = (c: Config, mode: "conv" | "transposed") => {
    const sh = shapes(c);
    const input = mode === "conv" ? tensor([sh.xC, sh.xH, sh.xW], c.seed) : tensor([sh.yC, c.yH, c.yW], c.seed);
    return explore({
      mode,
      input,
      weight: tensor(sh.wShape, c.seed + 1),
      bias: null,
      stride: c.s,
      padding: c.p,
      dilation: c.d,
      outputPadding: mode === "conv" ? [0, 0] : c.op,
      groups: c.groups,
    });
  };

  test("a gather step reads exactly the output's receptive field, and a scatter step writes exactly the input's footprint", () => {
    fc.assert(
      fc.property(config, fc.nat(), fc.constantFrom("conv" as const, "transposed" as const), (c, pick, mode) => {
        const e = build(c, mode);
        const out = pick % e.output.data.length;
        const gather = momentOf(e, "gather", out);
        const field = linkedTo(e, { kind: "output", index: gather.outputs[0] });
        expect(new Set(gather.inputs)).toEqual(new Set([...field.inputs]));
        expect(new Set(gather.kernel)).toEqual(field.kernel);
        if (mode === "transposed") {
          const n = pick % e.scatter!.steps;
          const scatter = momentOf(e, "scatter", n);
          const footprint = linkedTo(e, { kind: "input", index: n });
          expect(new Set(scatter.outputs)).toEqual(footprint.outputs);
          expect(sorted(scatter.entries)).toEqual(sorted(footprint.entries));
        }
      }),
      { numRuns: 200 },
    );
  });

  test("the last step of every granularity shows the final output", () => {
    fc.assert(
      fc.property(config, fc.constantFrom("conv" as const, "transposed" as const), (c, mode) => {
        const e = build(c, mode);
        for (const g of ["scatter", "gather", "mac"] as const) {
          const last = momentOf(e, g, 0).steps - 1;
          const m = momentOf(e, g, last);
          for (let i = 0; i < m.output.length; i++) expect(m.output[i]).toBeCloseTo(e.output.data[i], 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("a kernel weight links exactly the matrix entries that carry it", () => {
    fc.assert(
      fc.property(config, fc.nat(), (c, pick) => {
        const e = build(c, "transposed");
        const k = pick % (e.matrix.kernelIdx.length ? Math.max(...e.matrix.kernelIdx) + 1 : 1);
        const linked = linkedTo(e, { kind: "kernel", index: k });
        const expected = Array.from(e.matrix.kernelIdx).flatMap((kk, i) => (kk === k ? [i] : []));
        expect(sorted(linked.entries)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

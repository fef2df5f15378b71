import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conv2d, convMatrix, convTranspose2d, geometryOf, matVec, transpose } from "../../../src/core";
import { checkAnswer } from "../../../src/model/lesson/question";
import { exploreParamsOf } from "../../../src/model/lesson/lessonConfig";
import { practiceQuestion, PRACTICE_KINDS, type PracticeLevel, type PracticeQuestion } from "../../../src/model/lesson/practice";

const level = fc.constantFrom<PracticeLevel>(1, 2, 3);
const seed = fc.integer({ min: 0, max: 0xffffffff });
const index = fc.integer({ min: 0, max: 200 });

/** The same answer reached another way than practice.ts reaches it. */
function otherRoute(q: PracticeQuestion): number {
  const params = exploreParamsOf(q.config);
  const axis = q.axis;
  switch (q.kind) {
    case "convSize":
    case "transposedSize": {
      // practice.ts uses the size formula; here, the length of the core's actual output.
      const out = q.kind === "convSize" ? conv2d(params.input, params.weight, null, params) : convTranspose2d(params.input, params.weight, null, params);
      return out.shape[1 + axis];
    }
    case "cellValue": {
      // practice.ts reads the direct loops' output; here, C·x or Cᵀ·y from the sparse matrix.
      const g = geometryOf(params);
      const c = convMatrix(g, params.weight.data);
      const m = q.config.mode === "conv" ? c : transpose(c);
      const W = q.config.mode === "conv" ? g.yW : g.xW;
      return matVec(m, params.input.data)[q.cell![0] * W + q.cell![1]];
    }
    case "contributions": {
      // practice.ts counts the scatter trace's contributions; here, the stored entries of Cᵀ's row.
      const g = geometryOf(params);
      const ct = transpose(convMatrix(g, params.weight.data));
      const row = q.cell![0] * g.xW + q.cell![1];
      return ct.rowPtr[row + 1] - ct.rowPtr[row];
    }
    case "outputPadding": {
      // practice.ts solves the size formula for op; here, the op whose real round trip restores the
      // size, run in 1D along the asked axis (the other axis may have no round trip at all).
      const n = params.input.shape[1 + axis];
      const k = params.weight.shape[2 + axis];
      const one = { stride: [1, params.stride[axis]] as [number, number], padding: [0, params.padding[axis]] as [number, number], dilation: [1, params.dilation[axis]] as [number, number] };
      const w = { shape: [1, 1, 1, k], data: new Float64Array(k).fill(1) };
      const y = conv2d({ shape: [1, 1, n], data: new Float64Array(n).fill(1) }, w, null, one);
      for (let op = 0; op < 8; op++) {
        try {
          const x = convTranspose2d(y, w, null, { ...one, outputPadding: [0, op] });
          if (x.shape[2] === n) return op;
        } catch {
          // an op the core refuses (not below the stride or the dilation) restores nothing
        }
      }
      return Number.NaN;
    }
    case "border": {
      // practice.ts reads the zero-insertion trace; here, the formula d(k−1)−p.
      const k = axis === 0 ? q.config.kernel.length : q.config.kernel[0].length;
      return q.config.dilation[axis] * (k - 1) - q.config.padding[axis];
    }
  }
}

describe("practiceQuestion", () => {
  it("gives the same question for the same seed, level and index", () => {
    fc.assert(
      fc.property(seed, level, index, (s, l, i) => {
        const a = practiceQuestion(s, l, i);
        const b = practiceQuestion(s, l, i);
        expect({ ...a, hint: null }).toEqual({ ...b, hint: null });
      }),
      { numRuns: 100 },
    );
  });

  it("answers every question as another route through the core does", () => {
    fc.assert(
      fc.property(seed, level, index, (s, l, i) => {
        const q = practiceQuestion(s, l, i);
        expect(q.accepts).toHaveLength(1);
        expect(otherRoute(q)).toBeCloseTo(q.answer, 9);
        expect(checkAnswer(q, String(q.answer)).verdict).toBe("correct");
        expect(checkAnswer(q, String(q.answer + 1)).verdict).toBe("wrong");
      }),
      { numRuns: 400 },
    );
  });

  it("keeps level 1 to one row and level 2 to square maps, kernels and strides", () => {
    fc.assert(
      fc.property(seed, index, (s, i) => {
        const one = practiceQuestion(s, 1, i).config;
        expect(one.input.length).toBe(1);
        expect(one.kernel.length).toBe(1);
        const two = practiceQuestion(s, 2, i).config;
        expect(two.input.length).toBe(two.input[0].length);
        expect(two.kernel.length).toBe(two.kernel[0].length);
        expect(two.stride[0]).toBe(two.stride[1]);
      }),
      { numRuns: 100 },
    );
  });

  it("asks every kind at every level within a few dozen questions", () => {
    for (const l of [1, 2, 3] as const) {
      const kinds = new Set(Array.from({ length: 60 }, (_, i) => practiceQuestion(7, l, i).kind));
      expect([...kinds].sort()).toEqual([...PRACTICE_KINDS].sort());
    }
  });
});

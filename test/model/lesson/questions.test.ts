import { describe, expect, it } from "vitest";
import { checkAnswer } from "../../../src/model/lesson/question";
import {
  borderQuestion,
  contributionsQuestion,
  convSizeQuestion,
  evenKernelQuestion,
  nonZerosQuestion,
  outputPaddingQuestion,
  scatterValueQuestion,
  usefulQuestion,
  windowQuestion,
} from "../../../src/model/lesson/questions";
import { lessonConfig, seedReverse } from "../../../src/model/lesson/lessonConfig";

describe("the lesson's questions take their answers from the core", () => {
  it("y[0,1] of the seed example is 27", () => {
    const q = windowQuestion();
    expect(q.accepts).toEqual([27]);
    expect(checkAnswer(q, "27").verdict).toBe("correct");
  });

  it("answering y[0,0]'s 18 for y[0,1] is told the window covers columns 1–3, not 0–2", () => {
    const v = checkAnswer(windowQuestion(), "18");
    expect(v).toMatchObject({ verdict: "wrong", hint: { code: "neighbourWindow", values: { cols: "1–3", otherCols: "0–2", other: "y[0,0]" } } });
  });

  it("one row of the window (2+3+4 = 9) and the whole input (40) get their own hints", () => {
    expect(checkAnswer(windowQuestion(), "9")).toMatchObject({ hint: { code: "oneRow", values: { taps: 9 } } });
    expect(checkAnswer(windowQuestion(), "40")).toMatchObject({ hint: { code: "wholeInput", values: { n: 16 } } });
  });

  it("a different configuration changes the answer: the question is computed, not typed in", () => {
    const c = lessonConfig("conv", [[1, 2, 3, 4, 5]], [[1, 10]], { stride: [1, 2] });
    expect(windowQuestion(c, 0, 1).accepts).toEqual([3 + 40]);
  });

  it("4 values of y reach x′[1,1]; 9 is told that is one value's reach", () => {
    const q = contributionsQuestion();
    expect(q.accepts).toEqual([4]);
    expect(checkAnswer(q, "9")).toMatchObject({ verdict: "wrong", hint: { code: "oneToMany", values: { taps: 9 } } });
    expect(checkAnswer(q, "2")).toMatchObject({ hint: { code: "bothAxes" } });
  });

  it("x′[1,1] is 90, not the original x[1,1] = 2, and not one contribution", () => {
    const q = scatterValueQuestion();
    expect(q.accepts).toEqual([90]);
    expect(checkAnswer(q, "90").verdict).toBe("correct");
    expect(checkAnswer(q, "2")).toMatchObject({ hint: { code: "notInverse", values: { was: 2 } } });
    expect(checkAnswer(q, "27")).toMatchObject({ hint: { code: "oneContribution", values: { count: 4 } } });
    expect(checkAnswer(q, "45")).toMatchObject({ hint: { code: "someContributions", values: { size: 2, count: 4 } } });
  });

  it("C holds 36 non-zeros; 64 is told it counts every entry of the 4×16 matrix", () => {
    const q = nonZerosQuestion();
    expect(q.accepts).toEqual([36]);
    expect(checkAnswer(q, "64")).toMatchObject({ hint: { code: "allEntries", values: { rows: 4, cols: 16 } } });
    expect(checkAnswer(q, "28")).toMatchObject({ hint: { code: "zerosNotNonZeros" } });
    expect(checkAnswer(q, "9")).toMatchObject({ hint: { code: "oneRowOfC" } });
  });

  it("the zero-insertion border at k=3, s=2, p=0 is d(k−1)−p = 2, and s−1 = 1 is the inserted zeros", () => {
    const q = borderQuestion();
    expect(q.accepts).toEqual([2]);
    expect(checkAnswer(q, "1")).toMatchObject({ hint: { code: "insertedNotBorder" } });
    const padded = borderQuestion(seedReverse({ stride: [2, 2], padding: [1, 1] }));
    expect(padded.accepts).toEqual([1]);
  });

  it("36 of the zero-insertion conv's 225 multiplications meet a real value (4 values × 9 weights)", () => {
    const q = usefulQuestion();
    expect(q.accepts).toEqual([36]);
    expect(q.prompt.values.total).toBe(225);
    expect(checkAnswer(q, "189")).toMatchObject({ hint: { code: "wastedNotUseful" } });
  });

  it("conv input 5 at k=3, s=2, p=1 gives 3, as input 6 does", () => {
    expect(convSizeQuestion().accepts).toEqual([3]);
    expect(convSizeQuestion({ input: 6, k: 3, s: 2, p: 1, d: 1 }).accepts).toEqual([3]);
    expect(checkAnswer(convSizeQuestion({ input: 6, k: 3, s: 2, p: 1, d: 1 }), "4")).toMatchObject({ hint: { code: "floorNotCeil" } });
  });

  it("output_padding 1 restores 6 from 3; 0 is told it restores 5; 2 is told it must be below the stride", () => {
    const q = outputPaddingQuestion();
    expect(q.accepts).toEqual([1]);
    expect(checkAnswer(q, "0")).toMatchObject({ hint: { code: "opRestores", values: { gives: 5, i: 6 } } });
    expect(checkAnswer(q, "2")).toMatchObject({ hint: { code: "opTooLarge", values: { s: 2 } } });
  });

  it("kernel sizes 2 and 4 both give even coverage at stride 2; 3 is told its coverage alternates 2, 1", () => {
    const q = evenKernelQuestion();
    expect(q.accepts).toEqual([2, 4]);
    expect(checkAnswer(q, "2").verdict).toBe("correct");
    expect(checkAnswer(q, "4").verdict).toBe("correct");
    expect(checkAnswer(q, "3")).toMatchObject({ hint: { code: "unevenCoverage", values: { counts: "2, 1, 2, 1", rem: 1 } } });
    expect(checkAnswer(q, "7")).toMatchObject({ hint: { code: "kernelRange" } });
  });

  it("text that is not a number is wrong with its own hint, and full-width digits are read", () => {
    expect(checkAnswer(windowQuestion(), "abc")).toMatchObject({ verdict: "wrong", given: null, hint: { code: "notANumber" } });
    expect(checkAnswer(windowQuestion(), "２７").verdict).toBe("correct");
  });
});

import { describe, expect, it } from "vitest";
import { emptyProgress, readProgress, withAnswer, withChapterDone, withPracticeResult } from "../../../src/model/lesson/progress";

describe("lesson progress", () => {
  it("reads back what it wrote", () => {
    const p = withPracticeResult(withAnswer(withChapterDone(emptyProgress(), 4), "ch4.window", "correct"), true);
    expect(readProgress(JSON.stringify(p))).toEqual(p);
  });
  it("reads broken or foreign storage as what it validly holds, never throwing", () => {
    expect(readProgress(null)).toEqual(emptyProgress());
    expect(readProgress("{not json")).toEqual(emptyProgress());
    expect(readProgress(JSON.stringify({ done: [3, 3, 99, "x", 1], answers: { a: "correct", b: "maybe" }, practice: { asked: -1, right: 2 } }))).toEqual({
      done: [1, 3],
      answers: { a: "correct" },
      practice: { asked: 0, right: 2, streak: 0, best: 0 },
    });
  });
  it("keeps a right answer over a later show me", () => {
    const p = withAnswer(withAnswer(emptyProgress(), "q", "correct"), "q", "shown");
    expect(p.answers.q).toBe("correct");
  });
  it("counts a streak and remembers the best", () => {
    let p = emptyProgress();
    for (const right of [true, true, false, true]) p = withPracticeResult(p, right);
    expect(p.practice).toEqual({ asked: 4, right: 3, streak: 1, best: 2 });
  });
});

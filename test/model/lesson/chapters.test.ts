import { describe, expect, it } from "vitest";
import { chapters, CHAPTER_COUNT } from "../../../src/model/lesson/chapters";
import { exploreConfig } from "../../../src/model/lesson/lessonConfig";

describe("the lesson's chapters", () => {
  it("are numbered 1 to 10 in the tutorial's order", () => {
    const list = chapters();
    expect(list.map((c) => c.number)).toEqual(Array.from({ length: CHAPTER_COUNT }, (_, i) => i + 1));
    expect(list.map((c) => c.id)).toEqual(["transpose", "upsample", "applications", "conv", "transposed", "matrix", "zero", "sizes", "checkerboard", "summary"]);
  });

  it("ask at least one question in every chapter from 4 to 9, with ids unique across the lesson", () => {
    const list = chapters();
    for (const c of list) expect(c.questions.length > 0).toBe(c.number >= 4 && c.number <= 9);
    const ids = list.flatMap((c) => c.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("configure views the core accepts: chapter 4 is the seed figure, chapter 5 its reverse, chapter 8 restores 6×6", () => {
    const byId = Object.fromEntries(chapters().map((c) => [c.id, c]));
    const out = (id: string) => {
      const show = byId[id].show;
      if (show.kind !== "explorer") throw new Error(`${id} shows no explorer`);
      return exploreConfig(show.config).output;
    };
    expect(Array.from(out("conv").data)).toEqual([18, 27, 18, 27]);
    expect(Array.from(out("transposed").data)).toEqual([18, 45, 45, 27, 36, 90, 90, 54, 36, 90, 90, 54, 18, 45, 45, 27]);
    expect(out("sizes").shape).toEqual([1, 6, 6]);
  });
});

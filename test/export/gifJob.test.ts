import { describe, expect, test } from "vitest";
import { explore } from "../../src/core";
import { gifJobOf } from "../../src/export/gifJob";
import { seedParams, toExploreParams, withChange } from "../../src/params/explorerParams";

describe("the GIF job", () => {
  test("the seed: the state before the first step, then its 4 steps, ending on [[18, 27], [18, 27]]", () => {
    const explored = toExploreParams(seedParams());
    const job = gifJobOf(explore(explored), explored, "scatter", "en");
    expect(job.frames).toHaveLength(5);
    expect(job.delays).toHaveLength(5);
    expect(job.frames[0].caption).toBe("Before the first step");
    expect(job.frames[0].outputs).toEqual([]);
    expect(Array.from(job.frames[4].output)).toEqual([18, 27, 18, 27]);
    expect(job.frames[2].caption).toBe("Step 2 of 4: output y[0,1] = 27");
    expect(job.spec.inShape).toEqual([1, 4, 4]);
  });

  test("multiply-adds of the seed: 36 steps and 37 frames; a long trace is sampled to the cap", () => {
    const explored = toExploreParams(seedParams());
    expect(gifJobOf(explore(explored), explored, "mac", "en").frames).toHaveLength(37);
    const big = toExploreParams(withChange(seedParams(), { mode: "transposed", inH: 24, inW: 24 }));
    const job = gifJobOf(explore(big), big, "scatter", "en", 50);
    expect(job.frames).toHaveLength(51);
    expect(job.frames.at(-1)?.caption).toContain("Step 576 of 576");
  });
});

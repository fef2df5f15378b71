import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { gifDelays, gifSteps, GIF_MAX_STEPS } from "../../src/export/gifSteps";

describe("the GIF's frames", () => {
  test("a short trace shows every step, after the state before the first", () => {
    expect(gifSteps(4)).toEqual([-1, 0, 1, 2, 3]);
    expect(gifSteps(0)).toEqual([-1]);
  });

  test("a long trace is sampled to the cap, evenly, still ending on the last step", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 3, max: 500 }), (steps, max) => {
        const s = gifSteps(steps, max);
        expect(s.length).toBe(Math.min(steps, max) + 1);
        expect(s[0]).toBe(-1);
        expect(s.at(-1)).toBe(steps - 1);
        for (let i = 1; i < s.length; i++) expect(s[i]).toBeGreaterThan(s[i - 1]);
      }),
    );
    expect(gifSteps(2000)).toHaveLength(GIF_MAX_STEPS + 1);
    expect(gifSteps(400)).toEqual(Array.from({ length: 401 }, (_, i) => i - 1));
  });

  test("the opening and the finished output linger; the steps between share about 24 s", () => {
    const d = gifDelays(5);
    expect(d[0]).toBeGreaterThan(d[1]);
    expect(d[4]).toBeGreaterThan(d[1]);
    expect(d[2]).toBe(700);
    expect(gifDelays(400)[200]).toBe(60);
  });
});

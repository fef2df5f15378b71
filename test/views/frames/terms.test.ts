import { describe, expect, test } from "vitest";
import { explore } from "../../../src/core";
import { receivedBefore, totalContributions } from "../../../src/views/frames/counts";
import { scatterSum, upsampledKind, windowSum } from "../../../src/views/frames/terms";
import { seedConv, seedReverse } from "../../worker/helpers";

describe("a gather step written out (windowSum)", () => {
  const p = seedConv();
  const e = explore(p);

  test("step 1 of the seed reads the top-right window 2 3 4 and sums to 27, term by term", () => {
    const sum = windowSum(e.window!, 1, 17, p.input.data, p.weight.data, null);
    expect(sum.out).toBe(1);
    expect(sum.terms.map((t) => t.input)).toEqual([2, 3, 4, 2, 3, 4, 2, 3, 4]);
    expect(sum.terms.map((t) => t.running)).toEqual([2, 5, 9, 11, 14, 18, 20, 23, 27]);
    expect(sum.value).toBe(27);
  });

  test("a multiply-add step stops mid-window: the second tap of step 1 has summed 2 + 3", () => {
    const sum = windowSum(e.window!, 1, 10, p.input.data, p.weight.data, null);
    expect([sum.terms.length, sum.total, sum.value]).toEqual([2, 9, 5]);
  });

  test("the zero-insertion window of x′(0,0) in the reverse multiplies 8 zeros of the border and one 18", () => {
    const r = explore(seedReverse());
    const zi = r.zeroInsertion!;
    const sum = windowSum(zi.window, 0, 8, zi.up, zi.rotatedWeight, null, upsampledKind(zi));
    expect(sum.terms.map((t) => t.kind)).toEqual([...new Array(8).fill("border"), "value"]);
    expect(sum.value).toBe(18);
  });
});

describe("a scatter step written out (scatterSum)", () => {
  test("step 1 of the reverse scatters 27 times every weight into rows 0–2, columns 1–3", () => {
    const p = seedReverse();
    const s = explore(p).scatter!;
    const sum = scatterSum(s, 1, p.input.data);
    expect([sum.input, sum.value, sum.current]).toEqual([1, 27, -1]);
    expect(sum.contributions.map((c) => c.amount)).toEqual(new Array(9).fill(27));
    expect(sum.contributions.map((c) => `${c.y},${c.x}`)).toEqual(["0,1", "0,2", "0,3", "1,1", "1,2", "1,3", "2,1", "2,2", "2,3"]);
  });

  test("with padding, contributions outside the output are kept with target −1 (cropped)", () => {
    const p = { ...seedReverse(), padding: [1, 1] as [number, number] };
    const s = explore(p).scatter!;
    const sum = scatterSum(s, 0, p.input.data);
    expect(sum.contributions.filter((c) => c.target < 0)).toHaveLength(5); // row −1 and column −1
  });
});

describe("contribution counts", () => {
  const s = explore(seedReverse()).scatter!;

  test("in all, the 3×3 kernel at stride 1 covers the 4×4 output 1/2/4 times", () => {
    expect(Array.from(totalContributions(s))).toEqual([1, 2, 2, 1, 2, 4, 4, 2, 2, 4, 4, 2, 1, 2, 2, 1]);
  });

  test("after the first step only its footprint has received one contribution each", () => {
    expect(Array.from(receivedBefore(s, 0, 16, 9))).toEqual([1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(Array.from(receivedBefore(s, 0, 16, 0))).toEqual(new Array(16).fill(0));
  });
});

import { describe, expect, test } from "vitest";
import { explore, fromNested } from "../../../src/core";
import { croppedContributions, zeroInsertionCostOf, zeroInsertionCostThrough } from "../../../src/views/frames/cost";
import { seedReverse } from "../../worker/helpers";

describe("what the zero-insertion emulation costs", () => {
  test("the seed's reverse: 144 multiplications for 36 useful products; the rest hit the border", () => {
    const zi = explore(seedReverse()).zeroInsertion!;
    expect(zeroInsertionCostThrough(zi, -1)).toEqual({ useful: 0, inserted: 0, border: 0 });
    const all = zeroInsertionCostThrough(zi, zi.window.steps - 1);
    expect(all).toEqual({ useful: zi.useful, inserted: zi.insertedZero, border: zi.borderZero });
    expect(all).toEqual({ useful: 36, inserted: 0, border: 108 });
  });

  test("d2l's stride-2 example counts inserted zeros, and the steps' counts add up to the totals", () => {
    const zi = explore({
      mode: "transposed",
      input: fromNested([[[0, 1], [2, 3]]]),
      weight: fromNested([[[[0, 1], [2, 3]]]]),
      bias: null,
      stride: [2, 2],
      padding: [0, 0],
      dilation: [1, 1],
      outputPadding: [0, 0],
      groups: 1,
    }).zeroInsertion!;
    let sum = { useful: 0, inserted: 0, border: 0 };
    for (let n = 0; n < zi.window.steps; n++) {
      const step = zeroInsertionCostOf(zi, n);
      sum = { useful: sum.useful + step.useful, inserted: sum.inserted + step.inserted, border: sum.border + step.border };
      expect(zeroInsertionCostThrough(zi, n)).toEqual(sum);
    }
    expect(sum).toEqual({ useful: zi.useful, inserted: zi.insertedZero, border: zi.borderZero });
    expect(zi.insertedZero).toBeGreaterThan(0);
  });

  test("scatter-add contributions cropped by padding 1 around the seed's reverse", () => {
    const s = explore({ ...seedReverse(), padding: [1, 1] }).scatter!;
    let cropped = 0;
    for (const t of s.target) if (t < 0) cropped++;
    expect(croppedContributions(s)).toBe(cropped);
    expect(cropped).toBe(20); // each of the 4 inputs loses 5 of its 9 products
  });
});

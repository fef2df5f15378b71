import { describe, expect, test } from "vitest";
import { explore } from "../../src/core";
import { linkedTo } from "../../src/model/focus";
import { momentOf } from "../../src/model/moment";
import { seedReverse } from "../worker/helpers";

const sorted = (xs: Iterable<number>) => [...xs].sort((a, b) => a - b);

describe("links in the zero-insertion view", () => {
  const e = explore(seedReverse());

  test("an output cell links its whole zero-insertion window, the same cells a gather step reads", () => {
    for (let out = 0; out < 16; out++) {
      const linked = linkedTo(e, { kind: "output", index: out });
      expect(sorted(linked.upsampled)).toEqual(sorted(momentOf(e, "gather", out).upsampled));
      expect(linked.upsampled.size).toBe(9);
    }
  });

  test("an input cell links only its own upsampled cell", () => {
    expect(sorted(linkedTo(e, { kind: "input", index: 3 }).upsampled)).toEqual([3 * 6 + 3]);
  });

  test("a weight that no product uses still marks itself; an index outside the weight links nothing", () => {
    // one input value, a 3×3 kernel, padding 1: the output is 1×1 and only the centre weight reaches it
    const one = explore({ ...seedReverse(), input: { shape: [1, 1, 1], data: Float64Array.from([5]) }, padding: [1, 1] });
    for (const k of [0, 8]) {
      const linked = linkedTo(one, { kind: "kernel", index: k });
      expect([[...linked.kernel], linked.entries, [...linked.outputs]]).toEqual([[k], [], []]);
    }
    expect([...linkedTo(one, { kind: "kernel", index: 4 }).outputs]).toEqual([0]);
    expect(linkedTo(one, { kind: "kernel", index: 9 }).kernel.size).toBe(0);
  });
});

import { expect, test } from "vitest";
import fc from "fast-check";
import { convInputSizesFor, convOutputSize } from "../../src/core";

test("k=3, s=2, p=1: the inputs 5 and 6 both give 3", () => {
  expect(convInputSizesFor(3, 3, 2, 1, 1)).toEqual([5, 6]);
  expect(convInputSizesFor(2, 3, 1, 0, 1)).toEqual([4]);
});

test("the sizes listed are exactly the inputs whose conv output is o", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 1, max: 3 }),
      (o, k, s, p, d) => {
        const listed = convInputSizesFor(o, k, s, p, d);
        const brute: number[] = [];
        for (let i = 1; i <= 200; i++) {
          if (i + 2 * p >= d * (k - 1) + 1 && convOutputSize(i, k, s, p, d) === o) brute.push(i);
        }
        expect(listed).toEqual(brute);
      },
    ),
    { numRuns: 300 },
  );
});

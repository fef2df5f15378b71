import { expect, test } from "vitest";
import fc from "fast-check";
import { fill, leastSquaresKernel, lossAndGradient, upsampleLoss, upsampleProblem, type Tensor } from "../../src/core";
import { values } from "./arbitraries";

const image = (C: number, N: number, seed: number): Tensor => ({ shape: [C, N, N], data: values(C * N * N, seed) });

test("the least-squares kernel zeroes the gradient: it is the minimum gradient descent heads for", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 3 }), fc.nat({ max: 1000 }), (k, s, seed) => {
      const p = upsampleProblem(image(2, 6 * s, seed), k, s);
      const best = leastSquaresKernel(p);
      const g = lossAndGradient(p, best.kernel, best.bias);
      expect(Math.hypot(...g.kernel, g.bias)).toBeLessThan(1e-9);
      expect(best.loss).toBeCloseTo(upsampleLoss(p, best.kernel, best.bias), 14);
    }),
    { numRuns: 60 },
  );
});

test("no kernel does better: perturbing the least-squares kernel, or using the bilinear one, never lowers the loss", () => {
  const p = upsampleProblem(image(1, 16, 5), 4, 2);
  const best = leastSquaresKernel(p);
  expect(upsampleLoss(p, Float64Array.from(fill("bilinear", 4, 4, { stride: 2 })), 0)).toBeGreaterThan(best.loss);
  fc.assert(
    fc.property(fc.nat({ max: 15 }), fc.double({ min: -0.1, max: 0.1, noNaN: true }), (i, d) => {
      const w = best.kernel.slice();
      w[i] += d;
      // A perturbation of 1e-13 moves the loss by a few units in the last place either way: the
      // optimum holds up to rounding (relative 1e-12), not bit for bit.
      expect(upsampleLoss(p, w, best.bias)).toBeGreaterThanOrEqual(best.loss * (1 - 1e-12));
    }),
    { numRuns: 100 },
  );
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { cloneOptimizerState, optimizerState, optimizerStep } from "../../src/core";

describe("optimizerStep", () => {
  test("Adam's first step moves every parameter by lr · sign(g): bias correction makes m̂ = g and √v̂ = |g|", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true }).filter((g) => Math.abs(g) > 1e-3), { minLength: 1, maxLength: 8 }), (g) => {
        const config = { kind: "adam", learningRate: 0.05 } as const;
        const state = optimizerState(config, g.length);
        const params = new Float64Array(g.length);
        optimizerStep(config, state, params, Float64Array.from(g));
        g.forEach((gi, i) => expect(params[i]).toBeCloseTo(-0.05 * Math.sign(gi), 6));
      }),
      { numRuns: 100 },
    );
  });

  test("Adam equals torch.optim.Adam's update written out: three steps of m, v and bias corrections", () => {
    const config = { kind: "adam", learningRate: 0.1, beta1: 0.8, beta2: 0.9, epsilon: 1e-6 } as const;
    const state = optimizerState(config, 1);
    const p = Float64Array.of(1);
    let m = 0;
    let v = 0;
    let want = 1;
    const grads = [0.5, -2, 3];
    grads.forEach((g, i) => {
      const t = i + 1;
      optimizerStep(config, state, p, Float64Array.of(g));
      m = 0.8 * m + 0.2 * g;
      v = 0.9 * v + 0.1 * g * g;
      want -= ((0.1 / (1 - 0.8 ** t)) * m) / (Math.sqrt(v) / Math.sqrt(1 - 0.9 ** t) + 1e-6);
      expect(p[0]).toBeCloseTo(want, 14);
    });
    expect(state.t).toBe(3);
  });

  test("SGD with momentum: b ← μb + g (b = g first), θ ← θ − lr·b; a constant gradient moves lr·g, then lr·(1+μ)·g", () => {
    const config = { kind: "momentum", learningRate: 0.1, momentum: 0.9 } as const;
    const state = optimizerState(config, 1);
    const p = Float64Array.of(0);
    optimizerStep(config, state, p, Float64Array.of(2));
    expect(p[0]).toBeCloseTo(-0.2, 15);
    optimizerStep(config, state, p, Float64Array.of(2));
    expect(p[0]).toBeCloseTo(-0.2 - 0.1 * 1.9 * 2, 15);
  });

  test("cloneOptimizerState copies the memory, so stepping the clone leaves the original alone", () => {
    const config = { kind: "adam", learningRate: 0.1 } as const;
    const a = optimizerState(config, 2);
    const b = cloneOptimizerState(a);
    optimizerStep(config, b, new Float64Array(2), Float64Array.of(1, 1));
    expect([a.t, ...a.m, ...a.v]).toEqual([0, 0, 0, 0, 0]);
  });

  test.each([
    [{ kind: "adam", learningRate: 0 }, "learning rate must be a finite number > 0 (got 0)"],
    [{ kind: "adam", learningRate: 0.1, beta1: 1 }, "beta1 must be in [0, 1) (got 1)"],
    [{ kind: "momentum", learningRate: 0.1, momentum: -0.5 }, "momentum must be in [0, 1) (got -0.5)"],
    [{ kind: "rmsprop", learningRate: 0.1 }, "optimizer must be adam or momentum (got rmsprop)"],
  ])("%j is rejected: %s", (config, message) => {
    expect(() => optimizerState(config as never, 3)).toThrow(message);
  });
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  conv2d,
  convTranspose2d,
  fullTapRegion,
  lossAndGradient,
  resolveConvTranspose2d,
  upsampleForward,
  upsampleLoss,
  upsampleProblem,
  type UpsampleProblem,
} from "../../src/core";
import { values } from "./arbitraries";
import { maxRelDiff } from "./reference";
import { pytorch } from "./fixtures/pytorch";

/**
 * A random problem with any valid conv_transpose2d geometry (not only the ×s one), random inputs,
 * targets, kernel, bias and loss region, so the gradient is checked where padding crops taps too.
 */
const randomProblem = fc
  .record({
    N: fc.integer({ min: 1, max: 2 }),
    yH: fc.integer({ min: 1, max: 4 }),
    yW: fc.integer({ min: 1, max: 4 }),
    k: fc.integer({ min: 1, max: 5 }),
    s: fc.integer({ min: 1, max: 3 }),
    pSeed: fc.nat(),
    opSeed: fc.nat(),
    regionSeed: fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()),
    seed: fc.nat({ max: 1e6 }),
  })
  .map(({ N, yH, yW, k, s, pSeed, opSeed, regionSeed, seed }) => {
    const p = pSeed % k;
    const op = opSeed % s;
    try {
      const geometry = resolveConvTranspose2d(
        { shape: [N, 1, yH, yW], data: { length: N * yH * yW } },
        { shape: [1, 1, k, k], data: { length: k * k } },
        { length: 1 },
        { stride: s, padding: p, outputPadding: op },
      );
      const { xH, xW } = geometry;
      const y0 = regionSeed[0] % xH;
      const x0 = regionSeed[1] % xW;
      const y1 = y0 + 1 + (regionSeed[2] % (xH - y0));
      const x1 = x0 + 1 + (regionSeed[3] % (xW - x0));
      const problem: UpsampleProblem = {
        geometry,
        inputs: values(N * yH * yW, seed),
        targets: values(N * xH * xW, seed + 1),
        region: [y0, y1, x0, x1],
      };
      return { problem, kernel: values(k * k, seed + 2), bias: values(1, seed + 3)[0] };
    } catch {
      return null;
    }
  })
  .filter((c) => c !== null);

describe("lossAndGradient: the hand-derived gradient", () => {
  test("matches central finite differences with relative error < 1e−6 for every weight and the bias", () => {
    fc.assert(
      fc.property(randomProblem, ({ problem, kernel, bias }) => {
        const { kernel: gw, bias: gb, loss } = lossAndGradient(problem, kernel, bias);
        expect(loss).toBeCloseTo(upsampleLoss(problem, kernel, bias), 12);
        // L is quadratic in (w, b), so the central difference has no truncation error, only rounding.
        const h = 1e-4;
        // Relative error; components under 1e−4 are held to an absolute 1e−10 instead, since
        // rounding in the difference (~ε·L/h ≈ 1e−12) is not relative to the component.
        const rel = (a: number, n: number) => Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), 1e-4);
        for (let i = 0; i < kernel.length; i++) {
          const plus = kernel.slice();
          const minus = kernel.slice();
          plus[i] += h;
          minus[i] -= h;
          const numeric = (upsampleLoss(problem, plus, bias) - upsampleLoss(problem, minus, bias)) / (2 * h);
          expect(rel(gw[i], numeric)).toBeLessThan(1e-6);
        }
        const numericB = (upsampleLoss(problem, kernel, bias + h) - upsampleLoss(problem, kernel, bias - h)) / (2 * h);
        expect(rel(gb, numericB)).toBeLessThan(1e-6);
      }),
      { numRuns: 200 },
    );
  });

  test.each(pytorch.upsampleLoss.map((c) => [c.kernelSize, c.stride, c.shape.join("×"), c.border, c] as const))(
    "k=%i, s=%i on %s (border %s) equals PyTorch autograd of mean((conv_transpose2d(avg_pool2d(x)) − x)²)",
    (_k, _s, _shape, _border, c) => {
      const problem = upsampleProblem({ shape: c.shape, data: Float64Array.from(c.images) }, c.kernelSize, c.stride, c.border);
      expect(problem.region).toEqual(c.region);
      expect([problem.geometry.pH, problem.geometry.opH]).toEqual([c.padding, c.outputPadding]);
      const got = lossAndGradient(problem, Float64Array.from(c.kernel), c.bias);
      expect(got.loss).toBeCloseTo(c.loss, 13);
      expect(maxRelDiff(got.kernel, c.gradKernel)).toBeLessThan(1e-13);
      expect(got.bias).toBeCloseTo(c.gradBias, 13);
    },
  );

  test("∂L/∂w is conv2d of the upstream gradient with the inputs as the kernel, dilation s and padding p, read at the k×k taps", () => {
    fc.assert(
      fc.property(randomProblem, ({ problem, kernel, bias }) => {
        const g = problem.geometry;
        const [y0, y1, x0, x1] = problem.region;
        const out = upsampleForward(problem, kernel, bias);
        const M = g.batch * (y1 - y0) * (x1 - x0);
        const up = new Float64Array(out.length);
        for (let n = 0; n < g.batch; n++)
          for (let oy = y0; oy < y1; oy++)
            for (let ox = x0; ox < x1; ox++) {
              const i = (n * g.xH + oy) * g.xW + ox;
              up[i] = (2 / M) * (out[i] - problem.targets[i]);
            }
        // Planes become channels: conv2d sums over them, as the gradient sums over the batch.
        const corr = conv2d(
          { shape: [1, g.batch, g.xH, g.xW], data: up },
          { shape: [1, g.batch, g.yH, g.yW], data: problem.inputs },
          null,
          { padding: [g.pH, g.pW], dilation: [g.sH, g.sW] },
        );
        const [, , cH, cW] = corr.shape;
        expect([cH, cW]).toEqual([g.kH + g.opH, g.kW + g.opW]);
        const want = new Float64Array(g.kH * g.kW);
        for (let ky = 0; ky < g.kH; ky++) for (let kx = 0; kx < g.kW; kx++) want[ky * g.kW + kx] = corr.data[ky * cW + kx];
        expect(maxRelDiff(lossAndGradient(problem, kernel, bias).kernel, want)).toBeLessThan(1e-12);
      }),
      { numRuns: 150 },
    );
  });
});

describe("upsampleProblem", () => {
  test("inputs are the s×s average pools of the targets, and the forward pass is the core's conv_transpose2d", () => {
    const images = { shape: [2, 4, 6], data: values(48, 3) };
    const p = upsampleProblem(images, 4, 2, "include");
    expect(p.inputs[0]).toBeCloseTo((images.data[0] + images.data[1] + images.data[6] + images.data[7]) / 4, 15);
    const kernel = values(16, 4);
    const direct = convTranspose2d(
      { shape: [2, 1, 2, 3], data: p.inputs },
      { shape: [1, 1, 4, 4], data: kernel },
      Float64Array.of(0.25),
      { stride: 2, padding: 1 },
    );
    expect(upsampleForward(p, kernel, 0.25)).toEqual(direct.data);
  });

  test("the default loss region leaves out the border cells zero padding starves: k=4, s=2 drops the first and last row and column", () => {
    const p = upsampleProblem({ shape: [1, 8, 10], data: values(80, 1) }, 4, 2);
    expect(p.region).toEqual([1, 7, 1, 9]);
    expect(fullTapRegion(p.geometry)).toEqual([1, 7, 1, 9]);
    expect(upsampleProblem({ shape: [1, 8, 10], data: values(80, 1) }, 2, 2).region).toEqual([0, 8, 0, 10]);
  });

  test("sizes not divisible by the stride, or a stride-1 even kernel, are rejected with the rule", () => {
    expect(() => upsampleProblem({ shape: [1, 5, 6], data: values(30, 1) }, 4, 2)).toThrow(
      "image height and width must be divisible by the stride 2 (got 5×6)",
    );
    expect(() => upsampleProblem({ shape: [1, 4, 4], data: values(16, 1) }, 4, 1)).toThrow(
      "output padding must be smaller than either stride or dilation",
    );
  });
});

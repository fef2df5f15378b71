import { describe, expect, test } from "vitest";
import {
  avgPool2d,
  convTransposeUpsample,
  createTrainer,
  distanceToBilinear,
  fill,
  leastSquaresKernel,
  lossAndGradient,
  mulberry32,
  trainerOutput,
  trainStep,
  type Tensor,
  type TrainerOptions,
} from "../../src/core";

/** A smooth deterministic test image: a few low-frequency waves and a blob, in [0, 1]. */
function smoothImage(C: number, N: number): Tensor {
  const data = new Float64Array(C * N * N);
  for (let c = 0; c < C; c++)
    for (let y = 0; y < N; y++)
      for (let x = 0; x < N; x++) {
        const u = x / N;
        const v = y / N;
        data[(c * N + y) * N + x] =
          0.5 +
          0.2 * Math.sin(2 * Math.PI * (1.5 * u + 0.7 * v + c / 3)) +
          0.2 * Math.exp(-((u - 0.6) ** 2 + (v - 0.4) ** 2) / 0.02) -
          0.1 * Math.cos(2 * Math.PI * 2.5 * v);
      }
  return { shape: [C, N, N], data };
}

/** Seeded uniform noise in [0, 1]: a well-conditioned problem that converges fast. */
function noiseImage(N: number, seed: number): Tensor {
  const r = mulberry32(seed);
  return { shape: [1, N, N], data: Float64Array.from({ length: N * N }, () => r()) };
}

const base: TrainerOptions = { images: smoothImage(1, 16), kernelSize: 4, stride: 2, seed: 7 };

describe("createTrainer", () => {
  test("random init follows PyTorch's ConvTranspose2d: w, b ~ U(−1/k, 1/k), reproducible from the seed", () => {
    const a = createTrainer(base);
    expect(a.kernel.every((v) => Math.abs(v) <= 1 / 4)).toBe(true);
    expect(Math.abs(a.bias)).toBeLessThanOrEqual(1 / 4);
    expect(createTrainer(base).kernel).toEqual(a.kernel);
    expect(createTrainer({ ...base, seed: 8 }).kernel).not.toEqual(a.kernel);
    expect(a.step).toBe(0);
  });

  test("with the bilinear init the loss is the MSE of bilinear transposed-conv upsampling of the pooled image", () => {
    const images = smoothImage(1, 16);
    const st = createTrainer({ ...base, images, init: "bilinear", border: "include" });
    const up = convTransposeUpsample(avgPool2d(images, 2), {
      kernel: fill("bilinear", 4, 4, { stride: 2 }),
      kernelSize: 4,
      stride: 2,
    });
    let sq = 0;
    for (let i = 0; i < up.data.length; i++) sq += (up.data[i] - images.data[i]) ** 2;
    expect(st.loss).toBeCloseTo(sq / up.data.length, 14);
    expect(distanceToBilinear(st.kernel, 4, 2)).toBe(0);
  });

  test("invalid options are rejected with the field and the rule", () => {
    expect(() => createTrainer({ ...base, stride: 0 })).toThrow("stride must be ≥ 1 (got 0)");
    expect(() => createTrainer({ ...base, optimizer: { kind: "adam", learningRate: -1 } })).toThrow(
      "learning rate must be a finite number > 0 (got -1)",
    );
    expect(() => createTrainer({ ...base, init: "he" as never })).toThrow("init must be random, bilinear or zeros");
  });
});

describe("trainStep", () => {
  test("training reduces the loss on a fixed seed: Adam on a 16×16 smooth image loses > 95% of it in 300 steps, and the curve ends lower than it starts", () => {
    const st = createTrainer(base);
    const p = trainStep(st, 300);
    expect(p.losses[0]).toBe(st.loss);
    expect(p.loss).toBeLessThan(0.05 * st.loss);
    expect(p.losses[299]).toBeLessThan(p.losses[0]);
    expect(p.step).toBe(300);
  });

  test("SGD with momentum reduces the loss too", () => {
    const st = createTrainer({ ...base, optimizer: { kind: "momentum", learningRate: 0.05, momentum: 0.9 } });
    expect(trainStep(st, 300).loss).toBeLessThan(0.05 * st.loss);
  });

  test("a run is deterministic for its seed: the same options give bit-identical kernels, losses and bias", () => {
    const a = trainStep(createTrainer(base), 50);
    const b = trainStep(createTrainer(base), 50);
    expect(b.kernel).toEqual(a.kernel);
    expect(b.losses).toEqual(a.losses);
    expect(b.bias).toBe(a.bias);
  });

  test("chunks compose: 20 steps then 30 equal 50 steps at once, bit for bit", () => {
    const st = createTrainer(base);
    const once = trainStep(st, 50);
    const first = trainStep(st, 20);
    const second = trainStep(first.state, 30);
    expect(second.kernel).toEqual(once.kernel);
    expect(second.bias).toBe(once.bias);
    expect([...first.losses, ...second.losses]).toEqual([...once.losses]);
    expect(second.state.memory).toEqual(once.state.memory);
  });

  test("a step leaves the state it was given unchanged, so the worker can keep or replay it", () => {
    const st = createTrainer(base);
    const kernel = [...st.kernel];
    const memory = [st.memory.t, ...st.memory.m, ...st.memory.v];
    trainStep(st, 10);
    expect([...st.kernel]).toEqual(kernel);
    expect([st.memory.t, ...st.memory.m, ...st.memory.v]).toEqual(memory);
    expect(st.step).toBe(0);
  });

  test("the state survives structured cloning (postMessage) and training continues identically", () => {
    const st = trainStep(createTrainer(base), 5).state;
    expect(trainStep(structuredClone(st), 10).kernel).toEqual(trainStep(st, 10).kernel);
  });

  test("each reported loss is the loss at the parameters before that update, and the final one at the returned kernel", () => {
    const st = createTrainer(base);
    const p = trainStep(st, 3);
    const q = trainStep(st, 2);
    expect(p.losses[2]).toBe(q.loss);
    expect(p.loss).toBe(lossAndGradient(st.problem, p.kernel, p.bias).loss);
  });

  test("0 steps returns the same parameters", () => {
    const st = createTrainer(base);
    const p = trainStep(st, 0);
    expect(p.kernel).toEqual(st.kernel);
    expect(p.loss).toBe(st.loss);
    expect(() => trainStep(st, -1)).toThrow("steps must be an integer ≥ 0 (got -1)");
  });

  test("RGB images train one shared kernel over all three channel planes", () => {
    const st = createTrainer({ ...base, images: smoothImage(3, 16) });
    expect(st.problem.geometry.batch).toBe(3);
    expect(trainerOutput(st).shape).toEqual([3, 1, 16, 16]);
    expect(trainStep(st, 100).loss).toBeLessThan(st.loss);
  });

  test("on a well-conditioned problem (noise) Adam reaches the exact least-squares kernel: within 0.005 in 1000 steps", () => {
    const st = createTrainer({ ...base, images: noiseImage(32, 3) });
    const p = trainStep(st, 1000);
    const best = leastSquaresKernel(st.problem);
    expect(Math.hypot(...p.kernel.map((v, i) => v - best.kernel[i]))).toBeLessThan(0.005);
    expect(p.loss).toBeLessThan(best.loss * 1.0001);
  });
});

describe("distanceToBilinear", () => {
  test("is the Euclidean distance to FCN's bilinear kernel: 0 for it, ‖bilinear‖ = √(Σ w²) = 1.25 for zeros at k=4, s=2", () => {
    const b = fill("bilinear", 4, 4, { stride: 2 });
    expect(distanceToBilinear(b, 4, 2)).toBe(0);
    // Σ over the outer product of [¼, ¾, ¾, ¼] squared = (Σ a²)² = (1.25)².
    expect(distanceToBilinear(new Float64Array(16), 4, 2)).toBeCloseTo(1.25, 15);
  });
});

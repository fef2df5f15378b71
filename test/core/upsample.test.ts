import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { avgPool2d, axisTaps, fromNested, toNested, upsample, type Tensor, type UpsampleMode } from "../../src/core";
import { values } from "./arbitraries";
import { maxRelDiff } from "./reference";
import { pytorch } from "./fixtures/pytorch";

const MODES: UpsampleMode[] = ["nearest", "bilinear", "bicubic"];
const seed = fromNested([[[1, 2], [3, 4]]]);

const image = fc
  .record({ C: fc.integer({ min: 1, max: 3 }), H: fc.integer({ min: 1, max: 7 }), W: fc.integer({ min: 1, max: 7 }), seed: fc.nat() })
  .map(({ C, H, W, seed }) => ({ shape: [C, H, W], data: values(C * H * W, seed) }) as Tensor);
const factor = fc.integer({ min: 1, max: 4 });
const coefficient = fc.double({ min: -3, max: 3, noNaN: true });
const ramp = fc.record({
  H: fc.integer({ min: 4, max: 9 }),
  W: fc.integer({ min: 4, max: 9 }),
  s: fc.integer({ min: 2, max: 4 }),
  a: coefficient,
  b: coefficient,
  c: coefficient,
});

/** Keys' cubic convolution kernel W(x) with parameter A (Keys 1981, eq. 15). */
function keys(x: number, A: number): number {
  const u = Math.abs(x);
  if (u <= 1) return (A + 2) * u ** 3 - (A + 3) * u ** 2 + 1;
  if (u < 2) return A * u ** 3 - 5 * A * u ** 2 + 8 * A * u - 4 * A;
  return 0;
}

function rampImage(H: number, W: number, a: number, b: number, c: number): Tensor {
  const data = new Float64Array(H * W);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) data[y * W + x] = a + b * y + c * x;
  return { shape: [1, H, W], data };
}

/**
 * Calls check(srcY, srcX, value) for every cell of a ×s upsampling `out` whose taps
 * ⌊src⌋ + reach[0] … ⌊src⌋ + reach[1] all lie inside the image; returns how many it checked.
 */
function forInterior(
  out: Tensor,
  s: number,
  reach: [number, number],
  check: (sy: number, sx: number, v: number) => void,
): number {
  const [, oH, oW] = out.shape;
  const H = oH / s;
  const W = oW / s;
  const inside = (src: number, n: number) => Math.floor(src) + reach[0] >= 0 && Math.floor(src) + reach[1] <= n - 1;
  let checked = 0;
  for (let oy = 0; oy < oH; oy++) {
    const sy = (oy + 0.5) / s - 0.5;
    if (!inside(sy, H)) continue;
    for (let ox = 0; ox < oW; ox++) {
      const sx = (ox + 0.5) / s - 0.5;
      if (!inside(sx, W)) continue;
      check(sy, sx, out.data[oy * oW + ox]);
      checked++;
    }
  }
  return checked;
}

describe("upsample: worked examples computed by hand", () => {
  test("nearest ×2 of [[1, 2], [3, 4]] repeats every value in a 2×2 block", () => {
    expect(toNested(upsample(seed, { mode: "nearest", scale: 2 }))).toEqual([
      [
        [1, 1, 2, 2],
        [1, 1, 2, 2],
        [3, 3, 4, 4],
        [3, 3, 4, 4],
      ],
    ]);
  });

  test("bilinear ×2 of [[1, 2], [3, 4]]: src = (dst + ½)/2 − ½ clamped at 0 gives rows [1, 1.25, 1.75, 2] … [3, 3.25, 3.75, 4]", () => {
    expect(toNested(upsample(seed, { mode: "bilinear", scale: 2 }))).toEqual([
      [
        [1, 1.25, 1.75, 2],
        [1.5, 1.75, 2.25, 2.5],
        [2.5, 2.75, 3.25, 3.5],
        [3, 3.25, 3.75, 4],
      ],
    ]);
  });

  test("bicubic weights at t = ¾ (dst 0 of ×2, src −¼) are Keys' A = −0.75 values [−0.03515625, 0.26171875, 0.87890625, −0.10546875]", () => {
    const taps = axisTaps("bicubic", 2, 4, 0.5);
    expect([...taps.weight.slice(0, 4)]).toEqual([-0.03515625, 0.26171875, 0.87890625, -0.10546875]);
    expect([...taps.index.slice(0, 4)]).toEqual([0, 0, 0, 1]);
    expect([...taps.weight.slice(4, 8)]).toEqual([-0.10546875, 0.87890625, 0.26171875, -0.03515625]);
  });

  test("bicubic ×2 of [1, 2] overshoots at the clamped border: [0.89453125, 1.2265625, 1.7734375, 2.10546875]", () => {
    const row = upsample(fromNested([[[1, 2]]]), { mode: "bicubic", size: [1, 4] });
    expect([...row.data]).toEqual([0.89453125, 1.2265625, 1.7734375, 2.10546875]);
  });

  test("bicubic ×2 of [[1, 2], [3, 4]] has 0.68359375 in its corner: 0.89453125 · 1.10546875 + 2.89453125 · (−0.10546875)", () => {
    expect(upsample(seed, { mode: "bicubic", scale: 2 }).data[0]).toBe(0.68359375);
  });
});

describe("upsample equals PyTorch's F.interpolate(align_corners=False)", () => {
  test.each(pytorch.interpolate.map((c) => [c.mode, JSON.stringify(c.scale ?? c.size), c.inputShape.join("×"), c] as const))(
    "%s with %s on %s",
    (_mode, _spec, _shape, c) => {
      const input: Tensor = { shape: c.inputShape, data: Float64Array.from(c.input) };
      const out = upsample(input, { mode: c.mode, scale: c.scale, size: c.size });
      expect(out.shape).toEqual(c.outputShape);
      // Nearest copies values, so it matches bit for bit. Bilinear and bicubic agree to rounding:
      // PyTorch's CPU kernels fuse multiply-adds (FMA), which JavaScript cannot, and the fixtures
      // show differences up to 2.4e−15 relative to max(1, |value|).
      if (c.mode === "nearest") expect([...out.data]).toEqual(c.output);
      else expect(maxRelDiff(out.data, c.output)).toBeLessThan(4e-15);
    },
  );

  test(`the fixtures come from torch ${pytorch.torch} and cover the three modes`, () => {
    expect(new Set(pytorch.interpolate.map((c) => c.mode))).toEqual(new Set(MODES));
  });
});

describe("upsample properties", () => {
  test("a constant image stays constant under nearest, bilinear and bicubic (the weights sum to 1)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODES),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        factor,
        fc.double({ min: -5, max: 5, noNaN: true }),
        (mode, H, W, s, v) => {
          const out = upsample({ shape: [1, H, W], data: new Float64Array(H * W).fill(v) }, { mode, scale: s });
          for (const o of out.data) expect(Math.abs(o - v)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(v)));
        },
      ),
      { numRuns: 200 },
    );
  });

  test("nearest ×s then s×s average pooling gives the image back", () => {
    fc.assert(
      fc.property(image, factor, (x, s) => {
        const back = avgPool2d(upsample(x, { mode: "nearest", scale: s }), s);
        expect(back.shape).toEqual(x.shape);
        expect(maxRelDiff(back.data, x.data)).toBeLessThan(1e-15);
      }),
      { numRuns: 200 },
    );
  });

  test("bilinear of a linear ramp a + b·y + c·x is the ramp at the source coordinates (dst + ½)/s − ½ wherever no index is clamped", () => {
    fc.assert(
      fc.property(ramp, ({ H, W, s, a, b, c }) => {
        const out = upsample(rampImage(H, W, a, b, c), { mode: "bilinear", scale: s });
        const checked = forInterior(out, s, [0, 1], (sy, sx, v) => expect(v).toBeCloseTo(a + b * sy + c * sx, 12));
        expect(checked).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  test("bicubic with A = −0.75 keeps constants but not ramps: it adds b·e(ty) + c·e(tx), e(t) = Σ_j j·W(t − j) − t, which vanishes only for A = −½", () => {
    const e = (src: number) => {
      const t = src - Math.floor(src);
      let m = 0;
      for (let j = -1; j <= 2; j++) m += j * keys(t - j, -0.75);
      return m - t;
    };
    fc.assert(
      fc.property(ramp, ({ H, W, s, a, b, c }) => {
        const out = upsample(rampImage(H, W, a, b, c), { mode: "bicubic", scale: s });
        const checked = forInterior(out, s, [-1, 2], (sy, sx, v) =>
          expect(v).toBeCloseTo(a + b * (sy + e(sy)) + c * (sx + e(sx)), 12),
        );
        expect(checked).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  test("at ×2 the bicubic ripple on a ramp is ±3/64 of its slope (Σ_j j·W(¼ − j) = 0.296875 = ¼ + 3/64), and 0 with Keys' A = −½", () => {
    const m = (t: number, A: number) => [-1, 0, 1, 2].reduce((acc, j) => acc + j * keys(t - j, A), 0);
    expect(m(0.25, -0.75)).toBe(0.296875);
    expect(m(0.75, -0.75)).toBe(0.703125);
    expect(m(0.25, -0.5)).toBe(0.25);
    const out = upsample(rampImage(1, 8, 0, 0, 1), { mode: "bicubic", scale: 2 });
    const ramp = [1.75, 2.25, 2.75, 3.25, 3.75, 4.25, 4.75, 5.25];
    expect([...out.data.slice(4, 12)]).toEqual(ramp.map((v, i) => v + (i % 2 === 0 ? -3 / 64 : 3 / 64)));
  });

  test("RGB is channel-wise: each channel of the result is the upsampling of that channel alone", () => {
    fc.assert(
      fc.property(image, fc.constantFrom(...MODES), factor, (x, mode, s) => {
        const [C, H, W] = x.shape;
        const all = upsample(x, { mode, scale: s });
        const plane = H * W * s * s;
        for (let c = 0; c < C; c++) {
          const one = upsample({ shape: [1, H, W], data: x.data.slice(c * H * W, (c + 1) * H * W) }, { mode, scale: s });
          expect(all.data.slice(c * plane, (c + 1) * plane)).toEqual(one.data);
        }
      }),
      { numRuns: 100 },
    );
  });

  test("bilinear equals the direct 2D formula (1−λy)((1−λx)·x00 + λx·x01) + λy(…) cell by cell, for any output size", () => {
    fc.assert(
      fc.property(image, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (x, oH, oW) => {
        const [C, H, W] = x.shape;
        const out = upsample(x, { mode: "bilinear", size: [oH, oW] });
        const src = (o: number, n: number, m: number) => {
          if (n === m) return [o, o, 0] as const;
          const r = Math.max(0, (o + 0.5) * (n / m) - 0.5);
          const i0 = Math.floor(r);
          return [i0, Math.min(i0 + 1, n - 1), r - i0] as const;
        };
        for (let c = 0; c < C; c++)
          for (let oy = 0; oy < oH; oy++)
            for (let ox = 0; ox < oW; ox++) {
              const [y0, y1, ly] = src(oy, H, oH);
              const [x0, x1, lx] = src(ox, W, oW);
              const v = (y: number, xx: number) => x.data[(c * H + y) * W + xx];
              const want = (1 - ly) * ((1 - lx) * v(y0, x0) + lx * v(y0, x1)) + ly * ((1 - lx) * v(y1, x0) + lx * v(y1, x1));
              expect(out.data[(c * oH + oy) * oW + ox]).toBeCloseTo(want, 12);
            }
      }),
      { numRuns: 100 },
    );
  });

  test("a batch [N, C, H, W] keeps its leading dimensions", () => {
    const x: Tensor = { shape: [2, 3, 4, 5], data: values(120, 1) };
    expect(upsample(x, { mode: "bicubic", scale: [2, 4] }).shape).toEqual([2, 3, 8, 20]);
  });
});

describe("upsample rejects bad options with the rule", () => {
  test.each([
    [{ mode: "bilinear", scale: 0 }, "scale must be a finite number > 0 (got 0)"],
    [{ mode: "bilinear" }, "give exactly one of size and scale"],
    [{ mode: "bilinear", scale: 2, size: [4, 4] }, "give exactly one of size and scale"],
    [{ mode: "bilinear", size: [0, 4] }, "size must be a pair of integers ≥ 1"],
    [{ mode: "area", scale: 2 }, "mode must be nearest, bilinear or bicubic"],
    [{ mode: "nearest", scale: 0.1 }, "output size must be at least 1×1"],
  ])("%j → %s", (options, message) => {
    expect(() => upsample(seed, options as never)).toThrow(message);
  });
});

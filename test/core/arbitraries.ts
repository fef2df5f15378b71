import fc from "fast-check";
import { mulberry32, type ConvOptions, type Tensor } from "../../src/core";

/** A random valid conv_transpose2d / conv2d configuration, generated from the small side (y). */
export interface Config {
  N: number;
  batched: boolean;
  groups: number;
  cInPerGroup: number;
  cOutPerGroup: number;
  yH: number;
  yW: number;
  kH: number;
  kW: number;
  s: [number, number];
  p: [number, number];
  /** Bottom and right padding; equal to p unless the configuration is asymmetric. */
  pEnd: [number, number];
  d: [number, number];
  op: [number, number];
  bias: boolean;
  seed: number;
}

const small = (max: number) => fc.integer({ min: 1, max });

/** Any configuration PyTorch's conv_transpose2d accepts, with small sizes (output ≥ 1 is filtered). */
export const transposedConfig: fc.Arbitrary<Config> = fc
  .record({
    N: small(2),
    batched: fc.boolean(),
    groups: small(3),
    cInPerGroup: small(2),
    cOutPerGroup: small(2),
    yH: small(5),
    yW: small(5),
    kH: small(4),
    kW: small(4),
    s: fc.tuple(small(3), small(3)),
    p: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    d: fc.tuple(small(3), small(3)),
    opSeed: fc.tuple(fc.nat(), fc.nat()),
    bias: fc.boolean(),
    seed: fc.nat(),
  })
  .map(({ opSeed, ...c }) => ({
    ...c,
    N: c.batched ? c.N : 1,
    pEnd: c.p,
    op: [opSeed[0] % Math.max(c.s[0], c.d[0]), opSeed[1] % Math.max(c.s[1], c.d[1])] as [number, number],
  }))
  .filter((c) => xSize(c, 0) >= 1 && xSize(c, 1) >= 1);

/** Like transposedConfig, with each side's padding drawn on its own (Keras' and ONNX's geometry). */
export const asymmetricConfig: fc.Arbitrary<Config> = fc
  .tuple(transposedConfig, fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })))
  .map(([c, pEnd]) => ({ ...c, pEnd }))
  .filter((c) => xSize(c, 0) >= 1 && xSize(c, 1) >= 1);

/** Symmetric and asymmetric configurations, half each. */
export const anyConfig: fc.Arbitrary<Config> = fc.oneof(transposedConfig, asymmetricConfig);

/** The large side's size: (i−1)s − p_start − p_end + d(k−1) + op + 1. */
export function xSize(c: Config, axis: 0 | 1): number {
  const i = axis === 0 ? c.yH : c.yW;
  const k = axis === 0 ? c.kH : c.kW;
  return (i - 1) * c.s[axis] - c.p[axis] - c.pEnd[axis] + c.d[axis] * (k - 1) + c.op[axis] + 1;
}

/** Deterministic pseudo-random values in [−2, 2], every third an exact integer, from a seed. */
export function values(n: number, seed: number): Float64Array {
  const rand = mulberry32(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = i % 3 === 0 ? Math.round(rand() * 8 - 4) : rand() * 4 - 2;
  return out;
}

export function shapes(c: Config) {
  const yC = c.groups * c.cInPerGroup;
  const xC = c.groups * c.cOutPerGroup;
  const xH = xSize(c, 0);
  const xW = xSize(c, 1);
  const act = (C: number, H: number, W: number) => (c.batched ? [c.N, C, H, W] : [C, H, W]);
  return { yC, xC, xH, xW, yShape: act(yC, c.yH, c.yW), xShape: act(xC, xH, xW), wShape: [yC, c.cOutPerGroup, c.kH, c.kW] };
}

export function tensor(shape: number[], seed: number): Tensor {
  return { shape, data: values(shape.reduce((a, b) => a * b, 1), seed) };
}

export function options(c: Config, withOutputPadding: boolean): ConvOptions {
  return {
    stride: c.s,
    padding:
      c.pEnd[0] === c.p[0] && c.pEnd[1] === c.p[1]
        ? c.p
        : { top: c.p[0], bottom: c.pEnd[0], left: c.p[1], right: c.pEnd[1] },
    dilation: c.d,
    groups: c.groups,
    ...(withOutputPadding ? { outputPadding: c.op } : {}),
  };
}

export const RUNS = { numRuns: 300 };

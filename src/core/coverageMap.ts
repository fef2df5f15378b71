import type { Tensor } from "./tensor";
import { checkInteger, convTransposeOutputSize } from "./shape";
import { problemOf, refusalMaker } from "./problem";
import { convTranspose2d } from "./convTranspose";

/** The problems coverageMap.ts raises (see core/problem.ts). */
export const COVERAGE_PROBLEMS = {
  "stack.empty": [],
  "stack.layerField": ["layer", "cause"],
  "stack.layer": ["layer", "cause"],
} as const;

const refuse = /* @__PURE__ */ refusalMaker(COVERAGE_PROBLEMS);

/** One transposed-convolution layer of a coverage stack: square kernel, no dilation. */
export interface CoverageLayer {
  kernel: number;
  stride: number;
  padding?: number;
  outputPadding?: number;
}

/** Summary of the counts over the cells that no border reaches. */
export interface CoverageStats {
  /** How many interior cells the summary covers. */
  cells: number;
  min: number;
  max: number;
  /** The distinct interior counts, ascending (k=3, s=2 in 2D: [1, 2, 4]). */
  values: number[];
  /** Whether interior cells receive different numbers of contributions: the checkerboard. */
  uneven: boolean;
  /** Whether some interior cell receives nothing at all. */
  gaps: boolean;
  /** max / min, the checkerboard's contrast on a constant input (Infinity with gaps, 1 when even). */
  ratio: number;
}

/**
 * How many contributions (paths from an input cell) each output cell of a stack of transposed
 * convolutions receives: the image a stack paints from a constant input with all-ones kernels
 * (Odena, Dumoulin & Olah, "Deconvolution and Checkerboard Artifacts", Distill 2016).
 */
export interface CoverageMap {
  /** [H, W] of the last layer's output; H = 1 for a 1D map. */
  shape: [number, number];
  /** Contributions per output cell, row-major. */
  counts: Float64Array;
  /** 1 where the count is the same as with an unbounded input (no border effect), else 0. */
  interior: Uint8Array;
  /** Over the interior cells; null when the input is too small to have any. */
  stats: CoverageStats | null;
}

/** The single-layer rule, stated with its numbers. */
export interface CheckerboardRule {
  kernel: number;
  stride: number;
  /** Interior cells at phase r = (o + p) mod s receive ⌈(k − r)/s⌉ contributions (0 when r ≥ k). */
  phaseCounts: number[];
  /** ⌊k/s⌋ and ⌈k/s⌉: the two counts a 1D interior alternates between. */
  low: number;
  high: number;
  /** Uneven coverage, the checkerboard, iff k mod s ≠ 0. */
  uneven: boolean;
  /** Cells that receive nothing iff k < s. */
  gaps: boolean;
  /** The distinct 2D interior counts: products of two phase counts (k=3, s=2: [1, 2, 4]). */
  values2d: number[];
}

/**
 * The checkerboard rule for one layer with kernel k and stride s. Output cell o receives the
 * kernel taps ky with o + p − ky ≡ 0 (mod s), 0 ≤ ky < k: ⌈(k − r)/s⌉ of them for r = (o+p) mod s.
 * These are all equal iff s divides k (each phase then gets k/s), and some are 0 iff k < s. A
 * square kernel's 2D count is the product of the row and column counts.
 */
export function checkerboardRule(k: number, s: number): CheckerboardRule {
  checkInteger("kernelSize", k, 1);
  checkInteger("stride", s, 1);
  const phaseCounts = Array.from({ length: s }, (_, r) => (r < k ? Math.ceil((k - r) / s) : 0));
  const products = new Set<number>();
  for (const a of phaseCounts) for (const b of phaseCounts) products.add(a * b);
  return {
    kernel: k,
    stride: s,
    phaseCounts,
    low: Math.floor(k / s),
    high: Math.ceil(k / s),
    uneven: k % s !== 0,
    gaps: k < s,
    values2d: [...products].sort((a, b) => a - b),
  };
}

/**
 * The 2D coverage map of a stack of transposed convolutions (1–3 upsampling layers, optionally
 * followed by stride-1 layers that smooth it), for an inputH × inputW input. Computed by the core
 * itself: counts = convTranspose2d(… convTranspose2d(ones, ones_k1) …, ones_kL), layer by layer,
 * since with all-ones data every contribution adds exactly 1. Throws a RangeError naming the
 * layer and rule for an invalid layer.
 */
export function coverageMap(layers: readonly CoverageLayer[], inputH: number, inputW: number): CoverageMap {
  checkInteger("inputHeight", inputH, 1);
  checkInteger("inputWidth", inputW, 1);
  if (layers.length === 0) throw refuse("stack.empty", {}, "a coverage stack needs at least one layer (got 0)");
  const rows = axisInterior(layers, inputH);
  const cols = axisInterior(layers, inputW);
  let t: Tensor = { shape: [1, inputH, inputW], data: new Float64Array(inputH * inputW).fill(1) };
  for (const layer of layers) {
    const k = layer.kernel;
    const w: Tensor = { shape: [1, 1, k, k], data: new Float64Array(k * k).fill(1) };
    t = convTranspose2d(t, w, null, {
      stride: layer.stride,
      padding: layer.padding ?? 0,
      outputPadding: layer.outputPadding ?? 0,
    });
  }
  const H = rows.length;
  const W = cols.length;
  const interior = new Uint8Array(H * W);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) interior[y * W + x] = rows[y] & cols[x];
  return { shape: [H, W], counts: t.data, interior, stats: summarize(t.data, interior) };
}

/** The 1D coverage map (shape [1, n]): the same stack along one axis, with 1×k kernels. */
export function coverageMap1d(layers: readonly CoverageLayer[], inputSize: number): CoverageMap {
  checkInteger("inputSize", inputSize, 1);
  if (layers.length === 0) throw refuse("stack.empty", {}, "a coverage stack needs at least one layer (got 0)");
  const interior = axisInterior(layers, inputSize);
  let t: Tensor = { shape: [1, 1, inputSize], data: new Float64Array(inputSize).fill(1) };
  for (const layer of layers) {
    const k = layer.kernel;
    const w: Tensor = { shape: [1, 1, 1, k], data: new Float64Array(k).fill(1) };
    t = convTranspose2d(t, w, null, {
      stride: [1, layer.stride],
      padding: [0, layer.padding ?? 0],
      outputPadding: [0, layer.outputPadding ?? 0],
    });
  }
  return { shape: [1, interior.length], counts: t.data, interior, stats: summarize(t.data, interior) };
}

/**
 * Interior flags along one axis after each layer. Cell o of a layer is reached, with an unbounded
 * input, by the inputs i with 0 ≤ o + p − i·s < k, i.e. ⌈(o + p − k + 1)/s⌉ ≤ i ≤ ⌊(o + p)/s⌋; it is
 * interior when all of those exist and are themselves interior, so its count is the unbounded one.
 */
function axisInterior(layers: readonly CoverageLayer[], n: number): Uint8Array {
  let flags: Uint8Array = new Uint8Array(n).fill(1);
  layers.forEach((layer, l) => {
    const layerNo = l + 1;
    let k: number, s: number, p: number, op: number;
    try {
      k = checkInteger("kernelSize", layer.kernel, 1);
      s = checkInteger("stride", layer.stride, 1);
      p = checkInteger("padding", layer.padding ?? 0, 0);
      op = checkInteger("output_padding", layer.outputPadding ?? 0, 0);
    } catch (err) {
      throw refuse("stack.layerField", { layer: layerNo }, `layer ${layerNo} ${(err as Error).message}`, problemOf(err));
    }
    let size: number;
    try {
      size = convTransposeOutputSize(flags.length, k, s, p, 1, op);
    } catch (err) {
      throw refuse("stack.layer", { layer: layerNo }, `layer ${layerNo}: ${(err as Error).message}`, problemOf(err));
    }
    const next = new Uint8Array(size);
    for (let o = 0; o < size; o++) {
      const lo = Math.ceil((o + p - k + 1) / s);
      const hi = Math.floor((o + p) / s);
      let ok = 1;
      for (let i = lo; i <= hi && ok; i++) ok = i >= 0 && i < flags.length ? flags[i] : 0;
      next[o] = ok;
    }
    flags = next;
  });
  return flags;
}

function summarize(counts: Float64Array, interior: Uint8Array): CoverageStats | null {
  const seen = new Set<number>();
  let cells = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < counts.length; i++) {
    if (!interior[i]) continue;
    const c = counts[i];
    cells++;
    seen.add(c);
    if (c < min) min = c;
    if (c > max) max = c;
  }
  if (cells === 0) return null;
  return {
    cells,
    min,
    max,
    values: [...seen].sort((a, b) => a - b),
    uneven: min !== max,
    gaps: min === 0,
    ratio: min === max ? 1 : max / min,
  };
}

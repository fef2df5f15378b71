import type { Tensor } from "./tensor";
import { resolveConv2d, resolveConvTranspose2d, type ConvGeometry, type Pair } from "./shape";
import { conv2dRaw } from "./conv";
import { convTranspose2dRaw } from "./convTranspose";
import { convMatrix, matVec, transpose, type SparseMatrix } from "./matrix";
import { windowTrace, windowTraceEntries, type WindowTrace } from "./trace/window";
import { scatterTrace, scatterTraceEntries, type ScatterTrace } from "./trace/scatter";
import { zeroInsertionTrace, zeroInsertionTraceEntries, type ZeroInsertionTrace } from "./trace/zeroInsertion";
import { problemMaker, ProblemError, type Problem } from "./problem";

/** The problems explore.ts raises (see core/problem.ts). */
export const EXPLORE_PROBLEMS = {
  "explore.batched": ["got"],
  "trace.budget": ["entries", "limit"],
} as const;

const problem = /* @__PURE__ */ problemMaker(EXPLORE_PROBLEMS);
const refuse = (code: "explore.batched", values: { got: number }, message: string) => new ProblemError(problem(code, values), message);

/** The rule a configuration breaks when its traces would exceed TRACE_ENTRY_LIMIT; the same words wherever it is checked. */
export function traceBudgetProblem(entries: number): Problem {
  return problem("trace.budget", { entries: entries.toLocaleString("en-US"), limit: TRACE_ENTRY_LIMIT.toLocaleString("en-US") });
}

function traceBudgetError(entries: number): ProblemError {
  const p = traceBudgetProblem(entries);
  return new ProblemError(
    p,
    `this configuration's trace would hold ${p.values.entries} entries, over the limit of ${p.values.limit}: make the input, kernel or channel count smaller`,
  );
}

export type Mode = "conv" | "transposed";

/** One configuration the app animates: an unbatched input [C,H,W] and everything applied to it. */
export interface ExploreParams {
  mode: Mode;
  /** The map the operation reads: x [xC,xH,xW] for conv, y [yC,yH,yW] for transposed. */
  input: Tensor;
  /** [yC, xC/groups, kH, kW] in both modes (PyTorch's conv2d and conv_transpose2d layouts). */
  weight: Tensor;
  bias: Float64Array | null;
  stride: Pair;
  padding: Pair;
  dilation: Pair;
  outputPadding: Pair;
  groups: number;
}

/** Everything the views draw for one configuration. */
export interface Exploration {
  mode: Mode;
  geometry: ConvGeometry;
  output: Tensor;
  /** Conv mode: the sliding-window trace. */
  window: WindowTrace | null;
  /** Transposed mode: the scatter-add trace and its zero-insertion equivalent. */
  scatter: ScatterTrace | null;
  zeroInsertion: ZeroInsertionTrace | null;
  /** The matrix that maps this mode's input to its output: C in conv mode, Cᵀ in transposed mode. */
  matrix: SparseMatrix;
  /**
   * matrix · vec(input) + bias, computed independently of the direct loops and the traces, so a
   * view can show that every route gives the same numbers instead of assuming it.
   */
  matrixOutput: Float64Array;
}

function withBias(v: Float64Array, bias: Float64Array | null, channels: number): Float64Array {
  if (!bias) return v;
  const plane = v.length / channels;
  for (let i = 0; i < v.length; i++) v[i] += bias[Math.floor(i / plane)];
  return v;
}

/**
 * Largest trace, in entries (taps or contributions), that the app builds. A trace entry costs about
 * 40–50 bytes, so this caps one configuration near 100 MB; anything larger could not be stepped
 * through usefully anyway (millions of steps).
 */
export const TRACE_ENTRY_LIMIT = 2_000_000;

export function geometryOf(p: ExploreParams): ConvGeometry {
  const options = {
    stride: p.stride,
    padding: p.padding,
    dilation: p.dilation,
    outputPadding: p.outputPadding,
    groups: p.groups,
  };
  return p.mode === "conv"
    ? resolveConv2d(p.input, p.weight, p.bias, options)
    : resolveConvTranspose2d(p.input, p.weight, p.bias, options);
}

/** Entries the traces of a configuration would hold (the largest trace of the mode). */
export function traceEntries(mode: Mode, g: ConvGeometry): number {
  return mode === "conv"
    ? windowTraceEntries(g)
    : Math.max(scatterTraceEntries(g), zeroInsertionTraceEntries(g));
}

/**
 * Validates a configuration and builds its output, traces and matrix. Throws a RangeError naming
 * the rule when the parameters are invalid or the traces would exceed TRACE_ENTRY_LIMIT.
 */
export function explore(p: ExploreParams): Exploration {
  if (p.input.shape.length !== 3) {
    throw refuse("explore.batched", { got: p.input.shape.length }, `input must be unbatched [C, H, W] (got ${p.input.shape.length} dimensions)`);
  }
  const g = geometryOf(p);
  const entries = traceEntries(p.mode, g);
  if (entries > TRACE_ENTRY_LIMIT) {
    throw traceBudgetError(entries);
  }
  const c = convMatrix(g, p.weight.data);
  if (p.mode === "conv") {
    const data = conv2dRaw(g, p.input.data, p.weight.data, p.bias);
    const matrixOutput = withBias(matVec(c, p.input.data), p.bias, g.yC);
    return {
      mode: "conv",
      geometry: g,
      output: { shape: [g.yC, g.yH, g.yW], data },
      window: windowTrace(g, p.input.data, p.weight.data, p.bias),
      scatter: null,
      zeroInsertion: null,
      matrix: c,
      matrixOutput,
    };
  }
  const data = convTranspose2dRaw(g, p.input.data, p.weight.data, p.bias);
  const ct = transpose(c);
  return {
    mode: "transposed",
    geometry: g,
    output: { shape: [g.xC, g.xH, g.xW], data },
    window: null,
    scatter: scatterTrace(g, p.input.data, p.weight.data, p.bias),
    zeroInsertion: zeroInsertionTrace(g, p.input.data, p.weight.data, p.bias),
    matrix: ct,
    matrixOutput: withBias(matVec(ct, p.input.data), p.bias, g.xC),
  };
}

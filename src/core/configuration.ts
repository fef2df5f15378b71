import type { Tensor } from "./tensor";
import { resolveConv2d, resolveConvTranspose2d, type ConvGeometry, type Pair } from "./shape";
import type { SparseMatrix } from "./matrix";
import { windowTraceEntries, type WindowTrace } from "./trace/window";
import { scatterTraceEntries, type ScatterTrace } from "./trace/scatter";
import { zeroInsertionTraceEntries, type ZeroInsertionTrace } from "./trace/zeroInsertion";
import { problemMaker, type Problem } from "./problem";

/**
 * A configuration the app animates, its geometry and its trace budget: what the main thread needs
 * to check parameters. explore.ts builds the results, in the workers (and the lesson); kept apart
 * so that the start page's bundle does not carry the loops it never runs.
 */

/** The problems configuration.ts raises (see core/problem.ts). */
export const CONFIGURATION_PROBLEMS = {
  "trace.budget": ["entries", "limit"],
} as const;

const problem = /* @__PURE__ */ problemMaker(CONFIGURATION_PROBLEMS);

/** The rule a configuration breaks when its traces would exceed TRACE_ENTRY_LIMIT; the same words wherever it is checked. */
export function traceBudgetProblem(entries: number): Problem {
  return problem("trace.budget", { entries: entries.toLocaleString("en-US"), limit: TRACE_ENTRY_LIMIT.toLocaleString("en-US") });
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

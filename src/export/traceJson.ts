import type { Exploration, ExploreParams, Mode, Pair } from "../core";
import { sidesOf } from "../model/sides";

/** The `format` field of every trace file; see docs/trace-format.md. */
export const TRACE_FORMAT = "transposed-conv-explorer.trace";
export const TRACE_VERSION = 1;

/**
 * A step trace as JSON: one configuration, its output, and every step of its direct algorithm with
 * what the step reads and writes. Arrays are plain JSON arrays; a grid is flat and row-major over
 * its shape (index = (c·H + r)·W + col), the weight over PyTorch's 4-D layout.
 */
export interface TraceExport {
  /** Always "transposed-conv-explorer.trace". */
  format: typeof TRACE_FORMAT;
  /** Raised when a field changes meaning; a reader should refuse versions it does not know. */
  version: typeof TRACE_VERSION;
  /** The query string (without "?") that opens this configuration in the app, or null. */
  link: string | null;
  params: TraceParams;
  /** The final output, flat over params.outputShape: equal to the last write of every cell. */
  output: number[];
  /**
   * What one step is. "gather" (conv2d): one output cell per step, in row-major order, summing its
   * window. "scatter" (conv_transpose2d): one input cell per step, in row-major order, adding
   * value × kernel into its footprint.
   */
  order: "gather" | "scatter";
  /**
   * The output before step 0, flat: each cell's bias (or 0) in scatter order, where cells
   * accumulate; null in gather order, where a cell has no value until its step computes it.
   */
  initial: number[] | null;
  steps: TraceStep[];
}

/** The configuration, in PyTorch's terms (torch.nn.functional.conv2d / conv_transpose2d). */
export interface TraceParams {
  mode: Mode;
  /** [C, H, W] of the map this operation reads and of the map it writes (unbatched). */
  inputShape: [number, number, number];
  outputShape: [number, number, number];
  /** conv2d: [C_out, C_in/groups, kH, kW]; conv_transpose2d: [C_in, C_out/groups, kH, kW]. */
  weightShape: [number, number, number, number];
  /** [height, width] pairs, as PyTorch takes them. output_padding is [0, 0] for conv2d. */
  stride: Pair;
  padding: Pair;
  dilation: Pair;
  outputPadding: Pair;
  groups: number;
  /** The kernel was rotated 180° (a "true" convolution); `weight` holds the rotated values, as multiplied. */
  flip: boolean;
  input: number[];
  weight: number[];
  /** One value per output channel, or null for no bias. */
  bias: number[] | null;
}

/** One step: its multiply-adds, the cells they read and the cells they leave changed. */
export interface TraceStep {
  /** 0-based; the app shows it as step index + 1. */
  index: number;
  /** Flat indices read: input cells (padding taps excluded) and weights, in term order. */
  reads: { input: number[]; weight: number[] };
  /** Each output cell written, with its value right after this step. */
  writes: { output: number; value: number }[];
  terms: TraceTerm[];
}

/** One multiply-add. */
export interface TraceTerm {
  /** Flat input index, or null where a gather tap lies on zero padding. */
  input: number | null;
  weight: number;
  /** Flat output index, or null where padding crops a scattered contribution away. */
  output: number | null;
  /** input value × weight (0 on padding). */
  product: number;
  /** The output cell's running value right after this term, or null when cropped. */
  running: number | null;
}

const list = (a: ArrayLike<number>): number[] => Array.from(a);

function unique(values: number[]): number[] {
  return [...new Set(values)];
}

/**
 * The trace of an exploration as a TraceExport. `explored` is what the exploration was computed
 * from (its input and weight values, the flip already applied). Cost: one object per multiply-add,
 * about 100 bytes of JSON each.
 */
export function traceExport(e: Exploration, explored: ExploreParams, options: { flip?: boolean; link?: string | null } = {}): TraceExport {
  const g = e.geometry;
  const conv = e.mode === "conv";
  const { input: inputShape, output: outputShape } = sidesOf(e.mode, g);
  const [a, b, kH, kW] = explored.weight.shape;
  const params: TraceParams = {
    mode: e.mode,
    inputShape,
    outputShape,
    weightShape: [a, b, kH, kW],
    stride: [g.sH, g.sW],
    padding: [g.pH, g.pW],
    dilation: [g.dH, g.dW],
    outputPadding: conv ? [0, 0] : [g.opH, g.opW],
    groups: g.groups,
    flip: options.flip ?? false,
    input: list(explored.input.data),
    weight: list(explored.weight.data),
    bias: explored.bias ? list(explored.bias) : null,
  };
  const steps: TraceStep[] = [];
  if (e.window) {
    const w = e.window;
    for (let n = 0; n < w.steps; n++) {
      const out = w.outIndex[n];
      const terms: TraceTerm[] = [];
      for (let t = n * w.tapsPerStep; t < (n + 1) * w.tapsPerStep; t++) {
        terms.push({
          input: w.tapInput[t] >= 0 ? w.tapInput[t] : null,
          weight: w.tapKernel[t],
          output: out,
          product: w.tapProduct[t],
          running: w.tapRunning[t],
        });
      }
      steps.push({
        index: n,
        reads: { input: terms.flatMap((t) => (t.input === null ? [] : [t.input])), weight: terms.map((t) => t.weight) },
        writes: [{ output: out, value: w.output[out] }],
        terms,
      });
    }
  } else if (e.scatter) {
    const s = e.scatter;
    for (let n = 0; n < s.steps; n++) {
      const terms: TraceTerm[] = [];
      const last = new Map<number, number>();
      for (let c = n * s.contribPerStep; c < (n + 1) * s.contribPerStep; c++) {
        const target = s.target[c];
        terms.push({
          input: s.inIndex[n],
          weight: s.kernel[c],
          output: target >= 0 ? target : null,
          product: s.contribution[c],
          running: target >= 0 ? s.after[c] : null,
        });
        if (target >= 0) last.set(target, s.after[c]);
      }
      steps.push({
        index: n,
        reads: { input: [s.inIndex[n]], weight: unique(terms.map((t) => t.weight)) },
        writes: [...last].map(([output, value]) => ({ output, value })),
        terms,
      });
    }
  }
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    link: options.link ?? null,
    params,
    output: list(e.output.data),
    order: conv ? "gather" : "scatter",
    initial: !conv && e.scatter ? list(e.scatter.initial) : null,
    steps,
  };
}

/** The file's text: compact JSON (a trace can hold many thousands of terms). */
export function traceJsonText(trace: TraceExport): string {
  return JSON.stringify(trace);
}

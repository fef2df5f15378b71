import {
  flipKernel,
  geometryOf,
  TRACE_ENTRY_LIMIT,
  traceEntries,
  type ConvGeometry,
  type ExploreParams,
  type Mode,
  type Pair,
} from "../core";
import { problemMaker, problemOf as carriedProblem, type Problem } from "../core/problem";
import { traceBudgetProblem } from "../core/configuration";
import { sidesOf } from "../model/sides";
import { LIMITS, rangeProblem } from "./limits";

/** The problems the explorer's own checks report, beyond the limits and the core's rules (see core/problem.ts). */
export const PARAMS_PROBLEMS = {
  "groups.divideBoth": ["inChannels", "outChannels", "groups"],
  "values.count": ["field", "count", "got"],
} as const;

const problem = /* @__PURE__ */ problemMaker(PARAMS_PROBLEMS);

/**
 * Everything the explorer computes from, in the terms a person edits: the current direction, the
 * sizes of *this direction's* input, and flat row-major values. The weight layout follows PyTorch:
 * conv2d [outC, inC/groups, kH, kW], conv_transpose2d [inC, outC/groups, kH, kW].
 */
export interface ExplorerParams {
  mode: Mode;
  inC: number;
  inH: number;
  inW: number;
  outC: number;
  kH: number;
  kW: number;
  groups: number;
  stride: Pair;
  padding: Pair;
  dilation: Pair;
  outputPadding: Pair;
  input: Float64Array;
  weight: Float64Array;
  bias: Float64Array | null;
  /** Correlate with the 180°-flipped kernel: true convolution instead of cross-correlation. */
  flip: boolean;
}

export function weightShape(p: Pick<ExplorerParams, "mode" | "inC" | "outC" | "groups" | "kH" | "kW">): [number, number, number, number] {
  return p.mode === "conv" ? [p.outC, p.inC / p.groups, p.kH, p.kW] : [p.inC, p.outC / p.groups, p.kH, p.kW];
}

/** The tutorial's figure: every input row is 1 2 3 4, a 3×3 all-ones kernel, stride 1, padding 0. */
export function seedParams(): ExplorerParams {
  return {
    mode: "conv",
    inC: 1,
    inH: 4,
    inW: 4,
    outC: 1,
    kH: 3,
    kW: 3,
    groups: 1,
    stride: [1, 1],
    padding: [0, 0],
    dilation: [1, 1],
    outputPadding: [0, 0],
    input: Float64Array.from([1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]),
    weight: new Float64Array(9).fill(1),
    bias: null,
    flip: false,
  };
}

/** The core's view of the parameters, with the flip applied to the weight. */
export function toExploreParams(p: ExplorerParams): ExploreParams {
  const weight = { shape: weightShape(p), data: p.weight };
  return {
    mode: p.mode,
    input: { shape: [p.inC, p.inH, p.inW], data: p.input },
    weight: p.flip ? flipKernel(weight) : weight,
    bias: p.bias,
    stride: p.stride,
    padding: p.padding,
    dilation: p.dilation,
    outputPadding: p.mode === "conv" ? [0, 0] : p.outputPadding,
    groups: p.groups,
  };
}

/**
 * The first thing wrong with a parameter set, as a problem naming the field (a code) and the rule,
 * or null when the core accepts it and its traces fit the budget. Never throws. `values: false`
 * skips the range check of every input, weight and bias value, for a caller that knows them valid
 * (a change of sizes resizes valid values, filling with one of them or 0).
 */
export function problemOf(p: ExplorerParams, options: { values?: boolean } = {}): Problem | null {
  const checks: [string, number, (typeof LIMITS)[keyof typeof LIMITS]][] = [
    ["inputHeight", p.inH, LIMITS.size],
    ["inputWidth", p.inW, LIMITS.size],
    ["kernelHeight", p.kH, LIMITS.kernel],
    ["kernelWidth", p.kW, LIMITS.kernel],
    ["inputChannels", p.inC, LIMITS.channels],
    ["outputChannels", p.outC, LIMITS.channels],
    ["groups", p.groups, LIMITS.groups],
    ["stride.height", p.stride[0], LIMITS.stride],
    ["stride.width", p.stride[1], LIMITS.stride],
    ["padding.height", p.padding[0], LIMITS.padding],
    ["padding.width", p.padding[1], LIMITS.padding],
    ["dilation.height", p.dilation[0], LIMITS.dilation],
    ["dilation.width", p.dilation[1], LIMITS.dilation],
    ["output_padding.height", p.outputPadding[0], LIMITS.outputPadding],
    ["output_padding.width", p.outputPadding[1], LIMITS.outputPadding],
  ];
  for (const [field, v, r] of checks) {
    const found = rangeProblem(field, v, r);
    if (found) return found;
  }
  if (p.inC % p.groups !== 0 || p.outC % p.groups !== 0) {
    return problem("groups.divideBoth", { inChannels: p.inC, outChannels: p.outC, groups: p.groups });
  }
  const [a, b, c, d] = weightShape(p);
  if (p.input.length !== p.inC * p.inH * p.inW) return problem("values.count", { field: "input", count: p.inC * p.inH * p.inW, got: p.input.length });
  if (p.weight.length !== a * b * c * d) return problem("values.count", { field: "kernel", count: a * b * c * d, got: p.weight.length });
  if (options.values !== false) {
    for (const [field, arr] of [["input.values", p.input], ["kernel.values", p.weight], ["bias.values", p.bias ?? new Float64Array()]] as const) {
      for (const v of arr) {
        const found = rangeProblem(field, v, LIMITS.value);
        if (found) return found;
      }
    }
  }
  let g: ConvGeometry;
  try {
    g = geometryOf(toExploreParams(p));
  } catch (e) {
    const found = carriedProblem(e);
    if (found) return found;
    throw e;
  }
  const entries = traceEntries(p.mode, g);
  if (entries > TRACE_ENTRY_LIMIT) return traceBudgetProblem(entries);
  return null;
}

/** The output's [C, H, W] for valid parameters. */
export function outputShape(p: ExplorerParams): [number, number, number] {
  return sidesOf(p.mode, geometryOf(toExploreParams(p))).output;
}

/**
 * A grid resized to new channel/row/column counts, keeping every value whose position survives.
 * New cells are 0, except that a constant grid stays constant (the seed's all-ones kernel grows
 * as all ones).
 */
export function resizeGrid(
  data: Float64Array,
  from: readonly number[],
  to: readonly number[],
): Float64Array {
  const size = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
  // The common case (a stepper probing stride or padding, a change that keeps this grid's shape): a copy.
  if (from.length === to.length && from.every((n, d) => n === to[d]) && data.length === size(to)) return data.slice();
  const out = new Float64Array(size(to));
  let constant = data.length > 0 ? data[0] : 0;
  for (let i = 1; i < data.length; i++) {
    if (data[i] !== constant) {
      constant = 0;
      break;
    }
  }
  out.fill(constant);
  if (from.length !== to.length || data.length !== size(from)) return out;
  // Row by row: the kept part of each innermost row is one contiguous copy.
  const copy = (d: number, src: number, dst: number): void => {
    const n = Math.min(from[d], to[d]);
    if (d === to.length - 1) {
      out.set(data.subarray(src, src + n), dst);
      return;
    }
    const fs = size(from.slice(d + 1));
    const ts = size(to.slice(d + 1));
    for (let i = 0; i < n; i++) copy(d + 1, src + i * fs, dst + i * ts);
  };
  if (to.length > 0) copy(0, 0, 0);
  return out;
}

/**
 * Applies a change of sizes, channels or groups, resizing the input, weight and bias so every
 * value that still has a place keeps it. Values, mode and the rest are taken from `patch` as given.
 */
export function withChange(p: ExplorerParams, patch: Partial<ExplorerParams>): ExplorerParams {
  const next = { ...p, ...patch };
  if (!patch.input) next.input = resizeGrid(p.input, [p.inC, p.inH, p.inW], [next.inC, next.inH, next.inW]);
  if (!patch.weight) {
    const ok = next.inC % next.groups === 0 && next.outC % next.groups === 0;
    next.weight = ok ? resizeGrid(p.weight, weightShape(p), weightShape(next)) : p.weight;
  }
  if (!patch.bias && p.bias && next.outC !== p.outC) next.bias = resizeGrid(p.bias, [p.outC], [next.outC]);
  return next;
}

/**
 * output_padding that makes conv_transpose2d give back a conv input of size x from its output y,
 * o = (y−1)s − 2p + d(k−1) + op + 1 solved for op (PyTorch docs); 0 when no valid op does.
 */
export function restoringOutputPadding(x: number, y: number, k: number, s: number, p: number, d: number): number {
  const op = x - ((y - 1) * s - 2 * p + d * (k - 1) + 1);
  return op >= 0 && op < Math.max(s, d) ? op : 0;
}

/**
 * The same connectivity run the other way: the output becomes the input, the kernel and geometry
 * stay (the weight tensor reads the same in both PyTorch layouts), and conv → transposed picks the
 * output_padding that restores the conv input's size. Bias is dropped: it belongs to one direction.
 */
export function reversed(p: ExplorerParams, output: Float64Array): ExplorerParams {
  const [outC, outH, outW] = outputShape(p);
  const toTransposed = p.mode === "conv";
  return {
    ...p,
    mode: toTransposed ? "transposed" : "conv",
    inC: outC,
    inH: outH,
    inW: outW,
    outC: p.inC,
    input: output.slice(),
    bias: null,
    outputPadding: toTransposed
      ? [
          restoringOutputPadding(p.inH, outH, p.kH, p.stride[0], p.padding[0], p.dilation[0]),
          restoringOutputPadding(p.inW, outW, p.kW, p.stride[1], p.padding[1], p.dilation[1]),
        ]
      : [0, 0],
  };
}

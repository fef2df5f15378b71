import { conv2dRaw } from "./conv";
import { convTranspose2dRaw } from "./convTranspose";
import { convMatrix, matVec, transpose } from "./matrix";
import { windowTrace } from "./trace/window";
import { scatterTrace } from "./trace/scatter";
import { zeroInsertionTrace } from "./trace/zeroInsertion";
import { problemMaker, ProblemError } from "./problem";
import { geometryOf, traceBudgetProblem, traceEntries, TRACE_ENTRY_LIMIT, type Exploration, type ExploreParams } from "./configuration";

/** The problems explore.ts raises (see core/problem.ts). */
export const EXPLORE_PROBLEMS = {
  "explore.batched": ["got"],
} as const;

const problem = /* @__PURE__ */ problemMaker(EXPLORE_PROBLEMS);
const refuse = (code: "explore.batched", values: { got: number }, message: string) => new ProblemError(problem(code, values), message);

function traceBudgetError(entries: number): ProblemError {
  const p = traceBudgetProblem(entries);
  return new ProblemError(
    p,
    `this configuration's trace would hold ${p.values.entries} entries, over the limit of ${p.values.limit}: make the input, kernel or channel count smaller`,
  );
}

function withBias(v: Float64Array, bias: Float64Array | null, channels: number): Float64Array {
  if (!bias) return v;
  const plane = v.length / channels;
  for (let i = 0; i < v.length; i++) v[i] += bias[Math.floor(i / plane)];
  return v;
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

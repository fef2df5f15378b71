import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { explore, type ExploreParams } from "../../src/core";
import { TRACE_FORMAT, traceExport, traceJsonText, type TraceExport } from "../../src/export/traceJson";
import { toExploreParams } from "../../src/params/explorerParams";
import { presetById, presets } from "../../src/presets/presets";

function exported(params: ExploreParams): { e: ReturnType<typeof explore>; trace: TraceExport } {
  const e = explore(params);
  // Through the text and back: what a reader of the file gets.
  return { e, trace: JSON.parse(traceJsonText(traceExport(e, params, { link: "v=1" }))) as TraceExport };
}

/** Replays a trace's writes from its initial output: what the format promises gives the output. */
function replay(trace: TraceExport): (number | null)[] {
  const out: (number | null)[] = trace.initial ? [...trace.initial] : new Array(trace.output.length).fill(null);
  for (const step of trace.steps) for (const w of step.writes) out[w.output] = w.value;
  return out;
}

const seed = toExploreParams(presetById("seed").state.params);
const reverse = toExploreParams(presetById("seedReverse").state.params);

describe("the trace JSON", () => {
  test("has the documented top-level shape, with plain arrays", () => {
    const { trace } = exported(seed);
    expect(Object.keys(trace).sort()).toEqual(["format", "initial", "link", "order", "output", "params", "steps", "version"]);
    expect(trace.format).toBe(TRACE_FORMAT);
    expect(trace.version).toBe(1);
    expect(trace.link).toBe("v=1");
    expect(trace.params).toEqual({
      mode: "conv",
      inputShape: [1, 4, 4],
      outputShape: [1, 2, 2],
      weightShape: [1, 1, 3, 3],
      stride: [1, 1],
      padding: [0, 0],
      dilation: [1, 1],
      outputPadding: [0, 0],
      groups: 1,
      flip: false,
      input: [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4],
      weight: [1, 1, 1, 1, 1, 1, 1, 1, 1],
      bias: null,
    });
    expect(Array.isArray(trace.output)).toBe(true);
  });

  test("the seed: four gather steps; step 2 reads the top-right window (2 3 4 in each row) and writes 27", () => {
    const { e, trace } = exported(seed);
    expect(trace.order).toBe("gather");
    expect(trace.initial).toBeNull();
    expect(trace.output).toEqual(Array.from(e.output.data));
    expect(trace.output).toEqual([18, 27, 18, 27]);
    expect(trace.steps).toHaveLength(4);
    const step = trace.steps[1];
    expect(step.index).toBe(1);
    expect(step.reads.input).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11]);
    expect(step.reads.input.map((i) => trace.params.input[i])).toEqual([2, 3, 4, 2, 3, 4, 2, 3, 4]);
    expect(step.reads.weight).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(step.writes).toEqual([{ output: 1, value: 27 }]);
    expect(step.terms[0]).toEqual({ input: 1, weight: 0, output: 1, product: 2, running: 2 });
    expect(step.terms.at(-1)?.running).toBe(27);
  });

  test("the reverse: one scatter step per input value, and replaying the writes gives the 4×4 output", () => {
    const { e, trace } = exported(reverse);
    expect(trace.order).toBe("scatter");
    expect(trace.initial).toEqual(new Array(16).fill(0));
    expect(trace.steps).toHaveLength(4);
    expect(trace.steps[0].reads).toEqual({ input: [0], weight: [0, 1, 2, 3, 4, 5, 6, 7, 8] });
    expect(trace.steps[0].writes.map((w) => w.output)).toEqual([0, 1, 2, 4, 5, 6, 8, 9, 10]);
    expect(trace.output).toEqual(Array.from(e.output.data));
    expect(replay(trace)).toEqual([18, 45, 45, 27, 36, 90, 90, 54, 36, 90, 90, 54, 18, 45, 45, 27]);
  });

  test("padding shows as null: a gather tap on padding has no input; a cropped contribution has no output", () => {
    const half = toExploreParams(presetById("halfPadding").state.params);
    const { trace } = exported(half);
    const cropped = trace.steps[0].terms.filter((t) => t.output === null);
    expect(cropped.length).toBe(5); // the corner input's 3×3 footprint loses a row and a column
    expect(cropped.every((t) => t.running === null)).toBe(true);
    const conv = exported({ ...half, mode: "conv" }).trace;
    expect(conv.steps[0].terms.filter((t) => t.input === null)).toHaveLength(5);
    expect(conv.steps[0].reads.input).toHaveLength(4);
  });

  test("for every preset, replaying the steps' writes gives the exported output, which is the core's", () => {
    for (const p of presets()) {
      const { e, trace } = exported(toExploreParams(p.state.params));
      expect(trace.output, p.id).toEqual(Array.from(e.output.data));
      expect(replay(trace), p.id).toEqual(trace.output);
    }
  });

  test("replay equals the output over random configurations (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.record({
          mode: fc.constantFrom("conv" as const, "transposed" as const),
          h: fc.integer({ min: 2, max: 5 }),
          k: fc.integer({ min: 1, max: 3 }),
          s: fc.integer({ min: 1, max: 3 }),
          p: fc.integer({ min: 0, max: 1 }),
          bias: fc.boolean(),
          seed: fc.integer({ min: 1, max: 1000 }),
        }),
        ({ mode, h, k, s, p, bias, seed }) => {
          const params: ExploreParams = {
            mode,
            input: { shape: [1, h, h], data: Float64Array.from({ length: h * h }, (_, i) => ((i * seed) % 7) - 3) },
            weight: { shape: [1, 1, k, k], data: Float64Array.from({ length: k * k }, (_, i) => ((i + seed) % 5) - 2) },
            bias: bias ? Float64Array.of(seed % 3) : null,
            stride: [s, s],
            padding: [p, p],
            dilation: [1, 1],
            outputPadding: [0, 0],
            groups: 1,
          };
          let e;
          try {
            e = explore(params);
          } catch {
            return; // an invalid size combination: nothing to export
          }
          const trace = JSON.parse(traceJsonText(traceExport(e, params))) as TraceExport;
          expect(replay(trace)).toEqual(Array.from(e.output.data));
        },
      ),
      { numRuns: 150 },
    );
  });
});

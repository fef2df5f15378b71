import { describe, expect, test } from "vitest";
import { conv2d, convTranspose2d, type ConvOptions } from "../../src/core";
import { convPytorch, type TorchCase } from "./fixtures/convPytorch";

/** PyTorch's own results (fixtures/conv_pytorch.py, torch float64), including what it refuses. */
const fixtures = convPytorch;
type Case = TorchCase;

function run(c: Case) {
  const input = { shape: c.inputShape, data: Float64Array.from(c.input) };
  const weight = { shape: c.weightShape, data: Float64Array.from(c.weight) };
  const bias = c.bias ? Float64Array.from(c.bias) : null;
  const options: ConvOptions = { stride: c.stride, padding: c.padding, dilation: c.dilation, groups: c.groups };
  return c.mode === "conv"
    ? conv2d(input, weight, bias, options)
    : convTranspose2d(input, weight, bias, { ...options, outputPadding: c.outputPadding });
}

const label = (c: Case) =>
  `${c.mode} in=${c.inputShape.join("×")} w=${c.weightShape.join("×")} s=${c.stride} p=${c.padding} d=${c.dilation} op=${c.outputPadding} g=${c.groups}${c.bias ? " +bias" : ""}`;

describe(`agreement with PyTorch ${fixtures.torch} on ${fixtures.cases.length} random configurations`, () => {
  test("the fixtures hold both accepted and refused configurations", () => {
    expect(fixtures.cases.filter((c) => c.accepted).length).toBeGreaterThanOrEqual(100);
    expect(fixtures.cases.filter((c) => !c.accepted).length).toBeGreaterThanOrEqual(50);
  });

  test.each(fixtures.cases.filter((c) => c.accepted).map((c) => [label(c), c] as const))(
    "%s gives PyTorch's output",
    (_name, c) => {
      const out = run(c);
      expect(out.shape).toEqual(c.outputShape);
      const expected = c.output!;
      for (let i = 0; i < expected.length; i++) expect(Math.abs(out.data[i] - expected[i])).toBeLessThan(1e-10);
    },
  );

  test.each(fixtures.cases.filter((c) => !c.accepted).map((c) => [label(c), c] as const))(
    "%s is refused, as PyTorch refuses it",
    (_name, c) => {
      expect(() => run(c)).toThrow(RangeError);
    },
  );
});

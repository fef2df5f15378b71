import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { importLayer, layerOutput, type Tensor } from "../../../src/core";
import { problemOf } from "../../../src/core/problem";
import { convPytorch, type TorchCase } from "../fixtures/convPytorch";

interface Case {
  layer: string;
  inputShape: number[];
  input: number[];
  weightShape: number[];
  weight: number[];
  bias: number[] | null;
  accepted?: boolean;
  outputShape?: number[];
  output?: number[];
  error?: string;
}

const read = (name: string): { generator: string; cases: Case[] } =>
  JSON.parse(readFileSync(join(__dirname, "../fixtures", name), "utf8"));

const keras = read("keras.json");
const onnx = read("onnx.json");

function run(c: Case): Tensor {
  const x = { shape: c.inputShape, data: Float64Array.from(c.input) };
  const w = { shape: c.weightShape, data: Float64Array.from(c.weight) };
  return layerOutput(importLayer(c.layer), x, w, c.bias ? Float64Array.from(c.bias) : null);
}

/** Inputs and weights are small integers, so the float32 runtimes' sums are exact: compare exactly. */
function expectSame(c: Case): void {
  const out = run(c);
  expect(out.shape).toEqual(c.outputShape);
  expect(Array.from(out.data)).toEqual(c.output);
}

describe(`Keras layers agree with ${keras.generator} on ${keras.cases.length} seeded configurations`, () => {
  test("the fixtures cover same/valid, output_padding given or None, strides 1–4 and kernels 1–7", () => {
    const texts = keras.cases.map((c) => c.layer);
    for (const p of ['padding="same"', 'padding="valid"', "output_padding=None", "output_padding=(", "Conv2D(", "Conv2DTranspose("]) {
      expect(texts.some((t) => t.includes(p))).toBe(true);
    }
    const kernels = new Set(keras.cases.map((c) => c.weightShape[2]));
    expect([...kernels].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(keras.cases.length).toBeGreaterThanOrEqual(150);
  });

  test.each(keras.cases.map((c) => [c.layer, c] as const))("%s", (_name, c) => expectSame(c));
});

describe(`ONNX layers agree with ${onnx.generator} on ${onnx.cases.length} seeded configurations`, () => {
  test("the fixtures cover explicit pads, every auto_pad, output_shape, and refusals", () => {
    const texts = onnx.cases.map((c) => c.layer);
    for (const p of ["pads=", '"SAME_UPPER"', '"SAME_LOWER"', '"VALID"', "output_shape=", "Conv(", "ConvTranspose("]) {
      expect(texts.some((t) => t.includes(p))).toBe(true);
    }
    expect(onnx.cases.filter((c) => c.accepted).length).toBeGreaterThanOrEqual(300);
    expect(onnx.cases.filter((c) => !c.accepted).length).toBeGreaterThanOrEqual(20);
  });

  test.each(onnx.cases.filter((c) => c.accepted).map((c) => [`${c.layer} on ${c.inputShape.join("×")}`, c] as const))(
    "%s",
    (_name, c) => expectSame(c),
  );

  test.each(onnx.cases.filter((c) => !c.accepted).map((c) => [`${c.layer} on ${c.inputShape.join("×")}`, c] as const))(
    "%s is refused, as the runtime refuses it",
    (_name, c) => {
      let err: unknown;
      try {
        run(c);
      } catch (e) {
        err = e;
      }
      expect(err, `the runtime said: ${c.error}`).toBeInstanceOf(RangeError);
      expect(problemOf(err)?.code).toMatch(/^layer\./);
    },
  );
});

const torch = convPytorch;

/** The PyTorch layer a fixture case ran, written as a user would paste it. */
function torchText(c: TorchCase): string {
  const t = (p: [number, number]) => `(${p[0]}, ${p[1]})`;
  const cIn = c.inputShape[c.inputShape.length - 3];
  const cOut = c.mode === "conv" ? c.weightShape[0] : c.weightShape[1] * c.groups;
  const k = t([c.weightShape[2], c.weightShape[3]]);
  const bias = c.bias ? "" : ", bias=False";
  return c.mode === "conv"
    ? `nn.Conv2d(${cIn}, ${cOut}, ${k}, stride=${t(c.stride)}, padding=${t(c.padding)}, dilation=${t(c.dilation)}, groups=${c.groups}${bias})`
    : `torch.nn.ConvTranspose2d(${cIn}, ${cOut}, kernel_size=${k}, stride=${t(c.stride)}, padding=${t(c.padding)}, output_padding=${t(c.outputPadding)}, groups=${c.groups}${bias}, dilation=${t(c.dilation)})`;
}

function runTorch(c: TorchCase): Tensor {
  const x = { shape: c.inputShape, data: Float64Array.from(c.input) };
  const w = { shape: c.weightShape, data: Float64Array.from(c.weight) };
  return layerOutput(importLayer(torchText(c)), x, w, c.bias ? Float64Array.from(c.bias) : null);
}

describe(`PyTorch layers agree with PyTorch ${torch.torch} (the conv fixtures, float64)`, () => {
  test.each(torch.cases.filter((c) => c.accepted).map((c) => [torchText(c), c] as const))("%s", (_name, c) => {
    const out = runTorch(c);
    expect(out.shape).toEqual(c.outputShape);
    c.output!.forEach((v, i) => expect(Math.abs(out.data[i] - v)).toBeLessThan(1e-10));
  });

  test.each(torch.cases.filter((c) => !c.accepted).map((c) => [torchText(c), c] as const))(
    "%s is refused, as PyTorch refuses it",
    (_name, c) => {
      expect(() => runTorch(c)).toThrow(RangeError);
    },
  );
});

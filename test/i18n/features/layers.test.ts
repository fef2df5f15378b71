import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { importLayer, layerOutput, LAYER_PROBLEM_CODES } from "../../../src/core";
import { problemOf, type Problem } from "../../../src/core/problem";
import { catalogueOf, format, LANGS } from "../../../src/i18n";

function problem(run: () => unknown): Problem {
  try {
    run();
  } catch (e) {
    const p = problemOf(e);
    if (p) return p;
    throw e;
  }
  throw new Error("accepted");
}

const tensor = (shape: number[]) => ({ shape, data: new Float64Array(shape.reduce((a, b) => a * b, 1)) });

describe("layer problems in both languages", () => {
  test("every layer.* code has a message in every language", () => {
    for (const lang of LANGS) {
      for (const code of LAYER_PROBLEM_CODES) {
        const key = `problem.${code}` as keyof ReturnType<typeof catalogueOf>;
        expect(catalogueOf(lang)[key], `${lang} ${code}`).toBeTruthy();
      }
    }
  });

  const onnx: { layer: string; inputShape: number[]; weightShape: number[]; accepted: boolean }[] = JSON.parse(
    readFileSync(join(__dirname, "../../core/fixtures/onnx.json"), "utf8"),
  ).cases;
  const refusals: [string, () => unknown][] = [
    ...[
      "",
      "hello world",
      "nn.Linear(1, 2)",
      "ConvTranspose([3,3])",
      "nn.Conv2d(1, 1, 3, strid=2)",
      "nn.Conv2d(1, 1, 3, kernel_size=3)",
      "nn.Conv2d(1, 1)",
      "nn.Conv2d(0, 1, 3)",
      "nn.Conv2d(1, 1, 3, stride=0)",
      "nn.Conv2d(1, 1, 3, bias=1)",
      "Conv(kernel_shape=[3,3], pads=[1])",
      "nn.ConvTranspose2d(1, 1, 3, padding='same')",
      'Conv(kernel_shape=[3,3], pads=[1,1,1,1], auto_pad="VALID")',
      "nn.Conv2d(1, 1, 3, padding_mode='reflect')",
      "layers.Conv2D(1, 3, strides=2, dilation_rate=2)",
      "nn.Conv2d(1, 1, 3, stride=2, padding='same')",
      "nn.ConvTranspose2d(1, 1, 3, stride=2, output_padding=2)",
      "layers.Conv2DTranspose(1, 3, strides=2, output_padding=2)",
      "nn.Conv2d(3, 4, 3, groups=2)",
    ].map((t) => [t, () => importLayer(t)] as [string, () => unknown]),
    ["dilatedSame", () => layerOutput(importLayer('Conv(kernel_shape=[3,3], dilations=[2,2], auto_pad="SAME_UPPER")'), tensor([1, 1, 5, 5]), tensor([1, 1, 3, 3]))],
    ["outputShape", () => layerOutput(importLayer('layers.Conv2DTranspose(1, 4, strides=2, padding="same", output_padding=0)'), tensor([1, 1, 3, 3]), tensor([1, 1, 4, 4]))],
    ["tooSmall", () => layerOutput(importLayer("nn.Conv2d(1, 1, 5)"), tensor([1, 1, 3, 3]), tensor([1, 1, 5, 5]))],
    ["tensor", () => layerOutput(importLayer("nn.Conv2d(1, 1, 3)"), tensor([3, 3]), tensor([1, 1, 3, 3]))],
    ["kernel", () => layerOutput(importLayer("nn.Conv2d(1, 1, 3)"), tensor([1, 1, 5, 5]), tensor([1, 1, 2, 2]))],
    ["channels", () => layerOutput(importLayer("nn.Conv2d(2, 1, 3)"), tensor([1, 1, 5, 5]), tensor([1, 1, 3, 3]))],
    ["weight", () => layerOutput(importLayer("layers.Conv2D(1, 3)"), tensor([1, 2, 5, 5]), tensor([1, 1, 3, 3]))],
    ["outChannels", () => layerOutput(importLayer("layers.Conv2D(4, 3)"), tensor([1, 1, 5, 5]), tensor([1, 1, 3, 3]))],
    ["bias", () => layerOutput(importLayer("nn.Conv2d(1, 1, 3)"), tensor([1, 1, 5, 5]), tensor([1, 1, 3, 3]), new Float64Array(2))],
    ...onnx
      .filter((c) => !c.accepted)
      .slice(0, 40)
      .map((c) => [c.layer, () => layerOutput(importLayer(c.layer), tensor(c.inputShape), tensor(c.weightShape))] as [string, () => unknown]),
  ];

  test.each(refusals)("%s: rendered in every language with every placeholder filled", (_name, run) => {
    const p = problem(run);
    expect(LAYER_PROBLEM_CODES).toContain(p.code);
    for (const lang of LANGS) {
      const template = catalogueOf(lang)[`problem.${p.code}` as keyof ReturnType<typeof catalogueOf>];
      const text = format(template, p.values);
      expect(text, `${lang}: ${text}`).not.toMatch(/\{\w+\}/);
    }
  });
});

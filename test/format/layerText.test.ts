import { describe, expect, test } from "vitest";
import { explore, fromNested, type ExploreParams } from "../../src/core";
import { kerasLayerText, onnxLayerText, pytorchLayerText } from "../../src/format/layerText";
import { frameworkOutput } from "../../src/format/frameworkSnippet";

const nine = fromNested([[[1, 2, 3], [4, 5, 6], [7, 8, 9]]]);
const ones = fromNested([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]]);
const base: ExploreParams = {
  mode: "transposed",
  input: nine,
  weight: ones,
  bias: null,
  stride: [2, 2],
  padding: [0, 0],
  dilation: [1, 1],
  outputPadding: [0, 0],
  groups: 1,
};

describe("one configuration in three frameworks' words", () => {
  test("PyTorch's layer line spells every argument", () => {
    expect(pytorchLayerText({ ...base, padding: [1, 1], outputPadding: [1, 1] })).toBe(
      "nn.ConvTranspose2d(1, 1, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1), output_padding=(1, 1), groups=1, bias=False, dilation=(1, 1))",
    );
  });

  test("padding=0 at stride 2 is Keras valid; padding=1, output_padding=1 has no Keras equivalent (same crops the other side)", () => {
    expect(kerasLayerText(base)).toEqual({
      ok: true,
      text: 'keras.layers.Conv2DTranspose(1, (3, 3), strides=(2, 2), padding="valid", output_padding=None, dilation_rate=(1, 1), use_bias=False)',
    });
    expect(kerasLayerText({ ...base, padding: [1, 1], outputPadding: [1, 1] })).toEqual({
      ok: false,
      problem: { code: "snippet.kerasPadding", values: { padding: "(1, 1)", outputPadding: "(1, 1)" } },
    });
  });

  test("every layer line the panel shows computes exactly the PyTorch configuration's output", () => {
    for (const cfg of [
      base,
      { ...base, padding: [1, 1] as [number, number] },
      { ...base, padding: [1, 1] as [number, number], outputPadding: [1, 1] as [number, number] },
      { ...base, mode: "conv" as const, input: fromNested([[[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]]), stride: [1, 1] as [number, number], padding: [1, 1] as [number, number] },
    ]) {
      const want = Array.from(explore(cfg).output.data);
      for (const r of [kerasLayerText(cfg), onnxLayerText(cfg), { ok: true as const, text: pytorchLayerText(cfg) }]) {
        if (r.ok) expect(Array.from(frameworkOutput(cfg, r.text).data), r.text).toEqual(want);
      }
    }
  });

  test("ONNX writes pads as [top, left, bottom, right], and says when ONNX Runtime refuses PyTorch's output_padding < dilation at stride 1", () => {
    expect(onnxLayerText({ ...base, padding: [1, 2] })).toEqual({
      ok: true,
      text: "ConvTranspose(kernel_shape=[3, 3], strides=[2, 2], pads=[1, 2, 1, 2], output_padding=[0, 0], dilations=[1, 1], group=1)",
    });
    const r = onnxLayerText({ ...base, stride: [1, 1], dilation: [2, 2], outputPadding: [1, 1] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.code).toBe("layer.outputShape");
  });

  test("Keras has no groups in Conv2DTranspose", () => {
    const w = { shape: [2, 1, 3, 3], data: new Float64Array(18).fill(1) };
    const r = kerasLayerText({ ...base, input: { shape: [2, 3, 3], data: new Float64Array(18) }, weight: w, groups: 2 });
    expect(r).toEqual({ ok: false, problem: { code: "snippet.kerasGroups", values: { groups: 2 } } });
  });
});

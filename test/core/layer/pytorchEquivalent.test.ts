import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { conv2d, convTranspose2d, importLayer, layerOutput, pytorchEquivalent, type Tensor } from "../../../src/core";

/** x[..., top:H−bottom, left:W−right]; negative values pad with zeros instead (F.pad's convention). */
function cropOrPad(t: Tensor, [top, bottom, left, right]: number[]): Tensor {
  const [H, W] = t.shape.slice(-2);
  const lead = t.shape.slice(0, -2);
  const planes = t.data.length / (H * W);
  const oH = H - top - bottom;
  const oW = W - left - right;
  const data = new Float64Array(planes * oH * oW);
  for (let q = 0; q < planes; q++)
    for (let r = 0; r < oH; r++)
      for (let c = 0; c < oW; c++) {
        const sr = r + top;
        const sc = c + left;
        if (sr >= 0 && sr < H && sc >= 0 && sc < W) data[(q * oH + r) * oW + c] = t.data[(q * H + sr) * W + sc];
      }
  return { shape: [...lead, oH, oW], data };
}

/** What a PyTorch user would run: F.pad, the layer with PyTorch's padding, then the crop. */
function viaPytorch(text: string, x: Tensor, w: Tensor, b: Float64Array | null): Tensor {
  const layer = importLayer(text);
  const [H, W] = x.shape.slice(-2);
  const eq = pytorchEquivalent(layer, [H, W]);
  const options = { stride: eq.stride, padding: eq.padding, dilation: eq.dilation, groups: eq.groups };
  const out =
    eq.kind === "conv2d"
      ? conv2d(cropOrPad(x, eq.inputPad.map((v) => -v)), w, b, options)
      : convTranspose2d(x, w, b, { ...options, outputPadding: eq.outputPadding });
  expect(out.shape.slice(-2)[0] - eq.crop[0] - eq.crop[1]).toBe(eq.outputSize[0]);
  return cropOrPad(out, eq.crop);
}

describe("pytorchEquivalent", () => {
  const x: Tensor = { shape: [1, 1, 3, 3], data: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]) };
  const ones: Tensor = { shape: [1, 1, 3, 3], data: new Float64Array(9).fill(1) };

  test("the trap: Keras same at stride 2 is PyTorch padding=0 with the last row and column dropped, not padding=1, output_padding=1", () => {
    const keras = importLayer('layers.Conv2DTranspose(1, 3, strides=2, padding="same")');
    expect(pytorchEquivalent(keras, [3, 3])).toMatchObject({ padding: [0, 0], outputPadding: [0, 0], crop: [0, 1, 0, 1], outputSize: [6, 6], exact: false });
    const torch = importLayer("nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1, output_padding=1)");
    expect(pytorchEquivalent(torch, [3, 3])).toMatchObject({ padding: [1, 1], outputPadding: [1, 1], crop: [0, 0, 0, 0], exact: true });
    const k = layerOutput(keras, x, ones).data;
    const t = layerOutput(torch, x, ones).data;
    // Same size, shifted by one pixel: Keras keeps the full 7×7's rows and columns 0–5, PyTorch 1–6.
    expect(Array.from(k.slice(0, 6))).toEqual([1, 1, 3, 2, 5, 3]);
    expect(Array.from(t.slice(0, 6))).toEqual([1, 3, 2, 5, 3, 3]);
    for (let r = 0; r < 5; r++) for (let c = 0; c < 5; c++) expect(k[(r + 1) * 6 + c + 1]).toBe(t[r * 6 + c]);
    expect(Array.from(k)).not.toEqual(Array.from(t));
  });

  test("ONNX's SAME_LOWER and output_shape with NOTSET crop the top/left, as PyTorch's padding=1, output_padding=1 does", () => {
    for (const text of ['ConvTranspose(kernel_shape=[3,3], strides=[2,2], auto_pad="SAME_LOWER")', "ConvTranspose(kernel_shape=[3,3], strides=[2,2], output_shape=[6,6])"]) {
      expect(pytorchEquivalent(importLayer(text), [3, 3])).toMatchObject({ padding: [1, 1], outputPadding: [1, 1], exact: true });
    }
    expect(pytorchEquivalent(importLayer('ConvTranspose(kernel_shape=[3,3], strides=[2,2], auto_pad="SAME_UPPER")'), [3, 3])).toMatchObject({ crop: [0, 1, 0, 1] });
  });

  test('PyTorch\'s own padding="same" with an even kernel needs a crop: padding=1 and the first row and column dropped', () => {
    const eq = pytorchEquivalent(importLayer('nn.Conv2d(1, 1, (4, 2), padding="same")'), [5, 5]);
    expect(eq).toMatchObject({ padding: [2, 1], crop: [1, 0, 1, 0], inputPad: [0, 0, 0, 0], outputSize: [5, 5], exact: false });
    expect(pytorchEquivalent(importLayer('nn.Conv2d(1, 1, 3, padding="same")'), [5, 5])).toMatchObject({ padding: [1, 1], exact: true });
  });

  test("a symmetric PyTorch layer comes back as it is", () => {
    const eq = pytorchEquivalent(importLayer("nn.ConvTranspose2d(16, 8, 4, stride=2, padding=1)"), [7, 7]);
    expect(eq).toMatchObject({ padding: [1, 1], outputPadding: [0, 0], crop: [0, 0, 0, 0], outputSize: [14, 14], exact: true });
  });

  const read = (name: string) =>
    (JSON.parse(readFileSync(join(__dirname, "../fixtures", name), "utf8")).cases as {
      layer: string;
      inputShape: number[];
      input: number[];
      weightShape: number[];
      weight: number[];
      bias: number[] | null;
      accepted?: boolean;
      output?: number[];
    }[]).filter((c) => c.accepted !== false);

  test.each([["keras.json"], ["onnx.json"]])(
    "PyTorch's layer plus the crop (and F.pad) reproduces every accepted configuration of %s",
    (file) => {
      const cases = read(file);
      for (const c of cases) {
        const x = { shape: c.inputShape, data: Float64Array.from(c.input) };
        const w = { shape: c.weightShape, data: Float64Array.from(c.weight) };
        const out = viaPytorch(c.layer, x, w, c.bias ? Float64Array.from(c.bias) : null);
        expect(Array.from(out.data), c.layer).toEqual(c.output);
      }
      expect(cases.length).toBeGreaterThan(150);
    },
  );
});

import { describe, expect, test } from "vitest";
import { importLayer, LAYER_PROBLEM_CODES } from "../../../src/core";
import { problemOf } from "../../../src/core/problem";

function refusal(text: string): { code?: string; values?: Record<string, string | number>; message: string } {
  try {
    importLayer(text);
  } catch (e) {
    expect(e).toBeInstanceOf(RangeError);
    const p = problemOf(e);
    return { code: p?.code, values: p?.values as Record<string, string | number>, message: (e as Error).message };
  }
  throw new Error(`${text} was accepted`);
}

describe("importLayer reads PyTorch layers", () => {
  test("the issue's ConvTranspose2d, every argument by keyword", () => {
    const l = importLayer("nn.ConvTranspose2d(16, 8, kernel_size=4, stride=2, padding=1, output_padding=0, groups=1, bias=True, dilation=1)");
    expect(l).toEqual({
      framework: "pytorch",
      kind: "convTranspose2d",
      name: "nn.ConvTranspose2d",
      inChannels: 16,
      outChannels: 8,
      kernel: [4, 4],
      stride: [2, 2],
      dilation: [1, 1],
      groups: 1,
      padding: { kind: "explicit", sides: { top: 1, bottom: 1, left: 1, right: 1 } },
      outputPadding: [0, 0],
      outputShape: null,
      bias: true,
    });
  });

  test("positional arguments follow each class's own order (ConvTranspose2d: output_padding before groups; Conv2d: dilation before groups)", () => {
    const t = importLayer("torch.nn.ConvTranspose2d(4, 6, (3, 5), (2, 1), (1, 2), (1, 0), 2, False, (1, 2))");
    expect([t.kernel, t.stride, t.outputPadding, t.groups, t.bias, t.dilation]).toEqual([[3, 5], [2, 1], [1, 0], 2, false, [1, 2]]);
    expect(t.padding).toEqual({ kind: "explicit", sides: { top: 1, bottom: 1, left: 2, right: 2 } });
    const c = importLayer("self.conv = nn.Conv2d(4, 6, 3, 1, 0, 2, 2)  # a comment");
    expect([c.kind, c.dilation, c.groups]).toEqual(["conv2d", [2, 2], 2]);
  });

  test('Conv2d takes padding="same" (stride 1 only, as PyTorch) and "valid"', () => {
    expect(importLayer('nn.Conv2d(1, 1, 4, padding="same")').padding).toEqual({ kind: "same" });
    expect(importLayer("nn.Conv2d(1, 1, 4, padding='valid')").padding).toEqual({ kind: "valid" });
    const r = refusal('nn.Conv2d(1, 1, 3, stride=2, padding="same")');
    expect(r.code).toBe("layer.sameStride");
    expect(r.message).toBe('nn.Conv2d: padding="same" is not supported for strided convolutions (got stride=(2, 2))');
    expect(refusal('nn.ConvTranspose2d(1, 1, 3, padding="same")').code).toBe("layer.badPadding");
  });

  test("PyTorch's output_padding rule is checked on import", () => {
    const r = refusal("nn.ConvTranspose2d(1, 1, 3, stride=2, output_padding=2)");
    expect(r.code).toBe("layer.outputPadding");
    expect(r.message).toContain("output padding must be smaller than either stride or dilation");
  });
});

describe("importLayer reads Keras layers", () => {
  test("the issue's Conv2DTranspose, with tf.keras.layers., keras.layers. and layers. prefixes", () => {
    for (const prefix of ["layers.", "tf.keras.layers.", "keras.layers.", ""]) {
      const l = importLayer(`${prefix}Conv2DTranspose(64, 4, strides=2, padding="same", output_padding=None, dilation_rate=1)`);
      expect(l).toMatchObject({ framework: "keras", kind: "convTranspose2d", outChannels: 64, inChannels: null, kernel: [4, 4], stride: [2, 2], padding: { kind: "same" }, outputPadding: null });
    }
  });

  test("Conv2D with tuples, valid by default, and arguments that do not change the numbers", () => {
    const l = importLayer('layers.Conv2D(8, (3, 1), strides=(1, 2), data_format="channels_last", use_bias=False, kernel_initializer="he_normal", name="c1")');
    expect([l.kind, l.kernel, l.stride, l.padding, l.bias]).toEqual(["conv2d", [3, 1], [1, 2], { kind: "valid" }, false]);
  });

  test("Keras refusals: padding other than same/valid, output_padding ≥ strides, an activation, strides with dilation", () => {
    expect(refusal('layers.Conv2DTranspose(1, 3, strides=2, padding="full")')).toMatchObject({ code: "layer.badPadding" });
    expect(refusal("layers.Conv2DTranspose(1, 3, strides=2, output_padding=2)")).toMatchObject({ code: "layer.kerasOutputPadding" });
    expect(refusal('layers.Conv2D(1, 3, activation="relu")')).toMatchObject({ code: "layer.unsupported", values: { name: "activation" } });
    expect(refusal("layers.Conv2D(1, 3, strides=2, dilation_rate=2)")).toMatchObject({ code: "layer.dilatedStride" });
  });
});

describe("importLayer reads ONNX nodes", () => {
  test("the issue's ConvTranspose; pads are [top, left, bottom, right]", () => {
    const l = importLayer('ConvTranspose(kernel_shape=[3,3], strides=[2,2], pads=[1,2,3,4], output_padding=[0,0], dilations=[1,1], group=1, auto_pad="NOTSET", output_shape=[6,6])');
    expect(l.padding).toEqual({ kind: "explicit", sides: { top: 1, left: 2, bottom: 3, right: 4 } });
    expect([l.framework, l.outputShape, l.inChannels, l.outChannels]).toEqual(["onnx", [6, 6], null, null]);
  });

  test("auto_pad names, and output_shape written with batch and channels", () => {
    expect(importLayer('Conv(kernel_shape=[3,3], auto_pad="SAME_LOWER")').padding).toEqual({ kind: "sameLower" });
    expect(importLayer('ConvTranspose(kernel_shape=[2,2], auto_pad="SAME_UPPER", output_shape=[1,3,8,8])').outputShape).toEqual([8, 8]);
    expect(refusal('Conv(kernel_shape=[3,3], auto_pad="SAME")')).toMatchObject({ code: "layer.badPadding" });
    expect(refusal('Conv(kernel_shape=[3,3], pads=[1,1,1,1], auto_pad="VALID")')).toMatchObject({ code: "layer.padsWithAutoPad" });
    expect(refusal("Conv(kernel_shape=[3,3], pads=[1,1])")).toMatchObject({ code: "layer.badList", values: { name: "pads", count: 4, min: 0 } });
  });
});

describe("importLayer refuses junk with a problem saying what it could not read", () => {
  test.each([
    ["", "layer.empty"],
    ["   # only a comment", "layer.empty"],
    ["hello world", "layer.syntax"],
    ["nn.ConvTranspose2d(16, 8, 4", "layer.syntax"],
    ["nn.ConvTranspose2d(16, 8, 4) nn.Conv2d(1, 1, 1)", "layer.syntax"],
    ["nn.Linear(16, 8)", "layer.unknownLayer"],
    ["keras.Conv2d(1, 1, 1)", "layer.unknownLayer"],
    ["nn.Conv2D(1, 1, 1)", "layer.unknownLayer"],
    ["nn.Conv2d(1, 1)", "layer.missingArgument"],
    ["nn.Conv2d(1, 1, 3, strid=2)", "layer.unknownArgument"],
    ["nn.Conv2d(1, 1, 3, kernel_size=3)", "layer.duplicateArgument"],
    ["nn.Conv2d(1, 1, 3, stride=0)", "layer.badPair"],
    ["nn.Conv2d(1, 1, 2.5)", "layer.badPair"],
    ["nn.Conv2d(1, 1, (3, 3, 3))", "layer.badPair"],
    ["nn.Conv2d(1, 1, 3, stride=-1)", "layer.badPair"],
    ["nn.Conv2d(0, 1, 3)", "layer.badInteger"],
    ["nn.Conv2d(1, 1, 3, bias=1)", "layer.badBool"],
    ["nn.Conv2d(3, 4, 3, groups=2)", "layer.groupsMismatch"],
    ["nn.Conv2d(1, 1, 3, padding_mode='reflect')", "layer.unsupported"],
    ["ConvTranspose([3,3])", "layer.tooManyArguments"],
    ["Conv(strides=[2,2])", "layer.missingArgument"],
    ["nn.Conv2d(1, 1, 3, stride=2, 1)", "layer.syntax"],
    ["nn.Conv2d(1, 1, 3, padding=\"same)", "layer.syntax"],
  ])("%j → %s", (text, code) => {
    const r = refusal(text);
    expect(r.code).toBe(code);
    expect(LAYER_PROBLEM_CODES).toContain(r.code);
    expect(r.message.length).toBeGreaterThan(10);
  });

  test("a long paste is quoted back bounded", () => {
    const r = refusal(`nn.Conv2d(1, 1, 3) ${"x".repeat(5000)}`);
    expect(r.message.length).toBeLessThan(200);
    expect(r.values!.near).toMatch(/…$/);
  });
});

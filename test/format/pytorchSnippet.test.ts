import { describe, expect, test } from "vitest";
import { explore, fromNested, type ExploreParams } from "../../src/core";
import { pytorchSnippet, snippetOutput } from "../../src/format/pytorchSnippet";

const reverse: ExploreParams = {
  mode: "transposed",
  input: fromNested([[[18, 27], [18, 27]]]),
  weight: fromNested([[[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]]),
  bias: null,
  stride: [1, 1],
  padding: [0, 0],
  dilation: [1, 1],
  outputPadding: [0, 0],
  groups: 1,
};

describe("the PyTorch snippet", () => {
  test("the seed's reverse is a runnable conv_transpose2d call with every parameter", () => {
    expect(pytorchSnippet(reverse)).toBe(
      [
        "import torch",
        "import torch.nn.functional as F",
        "",
        "x = torch.tensor([[[[18.0, 27.0], [18.0, 27.0]]]], dtype=torch.float64)  # input [N, C, H, W]",
        "w = torch.tensor([[[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]]], dtype=torch.float64)  # weight [C_in, C_out/groups, kH, kW]",
        "y = F.conv_transpose2d(x, w, stride=(1, 1), padding=(0, 0), output_padding=(0, 0), groups=1, dilation=(1, 1))",
        "print(y.round(decimals=4).tolist())",
      ].join("\n"),
    );
  });

  test("conv mode has no output_padding; bias and the true-convolution flip appear when set", () => {
    const s = pytorchSnippet({ ...reverse, mode: "conv", bias: Float64Array.of(0.5), stride: [2, 1] }, true);
    expect(s).toContain("y = F.conv2d(x, w, bias=b, stride=(2, 1), padding=(0, 0), groups=1, dilation=(1, 1))");
    expect(s).toContain("w = torch.flip(w, dims=[-2, -1])");
    expect(s).toContain("b = torch.tensor([0.5], dtype=torch.float64)");
    expect(s).not.toContain("output_padding");
  });

  test("the printed output is the core's result as Python prints the rounded list", () => {
    expect(snippetOutput(explore(reverse).output)).toBe(
      "[[[[18.0, 45.0, 45.0, 27.0], [36.0, 90.0, 90.0, 54.0], [36.0, 90.0, 90.0, 54.0], [18.0, 45.0, 45.0, 27.0]]]]",
    );
    expect(snippetOutput({ shape: [1, 1, 2], data: Float64Array.of(1 / 3, -0.00004) })).toBe("[[[[0.3333, -0.0]]]]");
  });
});

import { describe, expect, test } from "vitest";
import { pytorchSnippet } from "../../../src/format/pytorchSnippet";
import { seedParams, toExploreParams } from "../../../src/params/explorerParams";
import { highlightPython } from "../../../src/views/code/highlightPython";

describe("highlightPython", () => {
  test("the tokens concatenate back to the snippet exactly", () => {
    const code = pytorchSnippet(toExploreParams({ ...seedParams(), flip: true }), true);
    expect(highlightPython(code).map((t) => t.text).join("")).toBe(code);
  });

  test("comments, keywords, calls and module names are told apart", () => {
    const kinds = highlightPython("import torch.nn.functional as F\ny = F.conv2d(x, w)  # note");
    expect(kinds.filter((t) => t.kind !== "plain").map((t) => `${t.kind}:${t.text}`)).toEqual([
      "keyword:import",
      "name:torch",
      "keyword:as",
      "name:F",
      "name:F",
      "call:conv2d",
      "comment:# note",
    ]);
  });
});

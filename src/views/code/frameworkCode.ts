import type { ExploreParams } from "../../core";
import type { Problem } from "../../core/problem";
import { frameworkOutput, kerasSnippet, onnxSnippet } from "../../format/frameworkSnippet";
import { kerasLayerText, onnxLayerText } from "../../format/layerText";
import { snippetOutput } from "../../format/pytorchSnippet";

export type Framework = "pytorch" | "keras" | "onnx";
export const FRAMEWORKS: readonly Framework[] = ["pytorch", "keras", "onnx"];

/** What the panel shows for Keras or ONNX: the layer line, the program and what it prints, or why not. */
export type FrameworkCode =
  | { ok: true; layer: string; code: string; printed: string }
  | { ok: false; problem: Problem };

/**
 * The Keras or ONNX program for a computed configuration. The printed list comes from the core's
 * own reading of the framework's layer line (layerOutput), not from the PyTorch result, so a
 * framework that disagreed would show it.
 */
export function frameworkCode(framework: "keras" | "onnx", p: ExploreParams): FrameworkCode {
  const line = framework === "keras" ? kerasLayerText(p) : onnxLayerText(p);
  if (!line.ok) return line;
  const code = framework === "keras" ? kerasSnippet(p, line.text) : onnxSnippet(p, line.text);
  return { ok: true, layer: line.text, code, printed: snippetOutput(frameworkOutput(p, line.text)) };
}

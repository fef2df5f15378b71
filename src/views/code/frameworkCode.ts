import type { ExploreParams } from "../../core";
import { frameworkOutput, kerasSnippet, onnxSnippet } from "../../format/frameworkSnippet";
import { kerasLayerText, onnxLayerText } from "../../format/layerText";
import { snippetOutput } from "../../format/pytorchSnippet";
import type { CodeView } from "./CodeBody";

/**
 * The Keras or ONNX program for a computed configuration. The printed list comes from the core's
 * own reading of the framework's layer line (layerOutput), not from the PyTorch result, so a
 * framework that disagreed would show it.
 */
export function frameworkCode(framework: "keras" | "onnx", p: ExploreParams): CodeView {
  const line = framework === "keras" ? kerasLayerText(p) : onnxLayerText(p);
  if (!line.ok) return line;
  const code = framework === "keras" ? kerasSnippet(p, line.text) : onnxSnippet(p, line.text);
  return { ok: true, layer: line.text, code, printed: snippetOutput(frameworkOutput(p, line.text)) };
}

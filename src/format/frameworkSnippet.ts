import { importLayer, layerOutput, toNested, type ExploreParams, type Tensor } from "../core";
import { pyList } from "./pyRepr";
import { SNIPPET_DECIMALS } from "./pytorchSnippet";

const batched = (t: Tensor) => pyList([toNested(t)]);

/**
 * A runnable Keras program for a layer line (from kerasLayerText): the input made channels-last,
 * the PyTorch-layout weight transposed to Keras' [kH, kW, out, in] (Conv2DTranspose) or
 * [kH, kW, in, out] (Conv2D), and the result printed back in [N, C, H, W] so it reads as the
 * PyTorch snippet's list does.
 */
export function kerasSnippet(p: ExploreParams, layerText: string): string {
  const layout = p.mode === "conv" ? "[kH, kW, C_in/groups, C_out]" : "[kH, kW, C_out, C_in]";
  const lines = [
    "import numpy as np",
    "import keras",
    "",
    `x = np.array(${batched(p.input)}).transpose(0, 2, 3, 1)  # channels-last [N, H, W, C]`,
    `w = np.array(${pyList(toNested(p.weight))}).transpose(2, 3, 1, 0)  # Keras kernel ${layout}`,
  ];
  if (p.bias) lines.push(`b = np.array(${pyList(Array.from(p.bias))})`);
  lines.push(`layer = ${layerText.replace(/\)$/, ', dtype="float64")')}`);
  lines.push("layer.build(x.shape)");
  lines.push(`layer.set_weights([w${p.bias ? ", b" : ""}])`);
  lines.push("y = np.asarray(layer(x)).transpose(0, 3, 1, 2)  # back to [N, C, H, W]");
  lines.push(`print(np.round(y, ${SNIPPET_DECIMALS}).tolist())`);
  return lines.join("\n");
}

/** Python keyword arguments of an ONNX layer line: `kernel_shape=[3, 3], ...` as written. */
function onnxAttributes(layerText: string): string {
  return layerText.slice(layerText.indexOf("(") + 1, -1);
}

/**
 * A runnable ONNX Runtime program for a node line (from onnxLayerText): the node built with
 * onnx.helper, the weight in PyTorch's layout (ONNX's own), run in float32, since ONNX Runtime's
 * CPU Conv and ConvTranspose take float32 only.
 */
export function onnxSnippet(p: ExploreParams, layerText: string): string {
  const op = p.mode === "conv" ? "Conv" : "ConvTranspose";
  const inputs = p.bias ? '["x", "w", "b"]' : '["x", "w"]';
  const lines = [
    "import numpy as np",
    "import onnxruntime as ort",
    "from onnx import TensorProto, helper, numpy_helper",
    "",
    `x = np.array(${batched(p.input)}, dtype=np.float32)  # [N, C, H, W]`,
    `w = np.array(${pyList(toNested(p.weight))}, dtype=np.float32)  # ${p.mode === "conv" ? "[C_out, C_in/group, kH, kW]" : "[C_in, C_out/group, kH, kW]"}`,
  ];
  const inits = ['numpy_helper.from_array(w, "w")'];
  if (p.bias) {
    lines.push(`b = np.array(${pyList(Array.from(p.bias))}, dtype=np.float32)`);
    inits.push('numpy_helper.from_array(b, "b")');
  }
  lines.push(`node = helper.make_node("${op}", ${inputs}, ["y"], ${onnxAttributes(layerText)})`);
  lines.push(
    `graph = helper.make_graph([node], "layer", [helper.make_tensor_value_info("x", TensorProto.FLOAT, x.shape)], [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)], [${inits.join(", ")}])`,
  );
  lines.push('model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])');
  lines.push('y = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]');
  lines.push(`print(np.round(y.astype(np.float64), ${SNIPPET_DECIMALS}).tolist())`);
  return lines.join("\n");
}

/** The framework's output [C, H, W] for a layer line, computed by the core's own reading of that line. */
export function frameworkOutput(p: ExploreParams, layerText: string): Tensor {
  return layerOutput(importLayer(layerText), p.input, p.weight, p.bias);
}

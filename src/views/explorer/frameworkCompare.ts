import { importLayer, layerGeometry, layerOutput, type ExploreParams, type Tensor } from "../../core";

/** A framework's "same" padding that gives PyTorch's output size but keeps other cells. */
export interface Disagreement {
  /** The other framework's layer line. */
  layer: string;
  framework: "Keras" | "ONNX";
  output: Tensor;
  /** How far the other framework's window sits from PyTorch's, in cells (positive: down/right). */
  shift: [number, number];
  /** The frameworks whose "same" keeps exactly PyTorch's cells. */
  agreeing: string[];
}

const tuple = ([a, b]: readonly number[]) => `(${a}, ${b})`;
const list = ([a, b]: readonly number[]) => `[${a},${b}]`;

/**
 * For a transposed configuration, the frameworks' "same" layers with its kernel, stride and
 * dilation (Keras padding="same", ONNX auto_pad SAME_UPPER / SAME_LOWER) that give PyTorch's
 * output size: the first that crops the full result differently, with its output computed by the
 * core from its own line, or null when every one of them agrees (or none has PyTorch's size).
 */
export function sameSizeDisagreement(p: ExploreParams): Disagreement | null {
  if (p.mode !== "transposed" || p.groups !== 1) return null;
  const [, H, W] = p.input.shape;
  const [, outPer, kH, kW] = p.weight.shape;
  const k = [kH, kW];
  const pyTop = p.padding;
  const pySize = [0, 1].map((a) => ((a ? W : H) - 1) * p.stride[a] - 2 * p.padding[a] + p.dilation[a] * (k[a] - 1) + p.outputPadding[a] + 1);
  const candidates: { framework: "Keras" | "ONNX"; layer: string; name: string }[] = [
    {
      framework: "Keras",
      name: 'Keras padding="same"',
      layer: `keras.layers.Conv2DTranspose(${outPer}, ${tuple(k)}, strides=${tuple(p.stride)}, padding="same", dilation_rate=${tuple(p.dilation)})`,
    },
    { framework: "ONNX", name: "ONNX SAME_UPPER", layer: `ConvTranspose(kernel_shape=${list(k)}, strides=${list(p.stride)}, dilations=${list(p.dilation)}, auto_pad="SAME_UPPER")` },
    { framework: "ONNX", name: "ONNX SAME_LOWER", layer: `ConvTranspose(kernel_shape=${list(k)}, strides=${list(p.stride)}, dilations=${list(p.dilation)}, auto_pad="SAME_LOWER")` },
  ];
  const agreeing: string[] = [];
  let first: Omit<Disagreement, "agreeing"> | null = null;
  for (const c of candidates) {
    let g;
    try {
      g = layerGeometry(importLayer(c.layer), [H, W]);
    } catch {
      continue;
    }
    if (g.outputSize[0] !== pySize[0] || g.outputSize[1] !== pySize[1]) continue;
    const shift: [number, number] = [g.sides.top - pyTop[0], g.sides.left - pyTop[1]];
    if (shift[0] === 0 && shift[1] === 0) agreeing.push(c.name);
    else if (!first) first = { layer: c.layer, framework: c.framework, output: layerOutput(importLayer(c.layer), p.input, p.weight, p.bias), shift };
  }
  return first ? { ...first, agreeing } : null;
}

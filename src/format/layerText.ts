import { importLayer, layerGeometry, type ExploreParams, type Pair, type Sides } from "../core";
import { problemOf, type Problem } from "../core/problem";

/** A layer written in one framework's own words, or why that framework cannot write it. */
export type LayerText = { ok: true; text: string } | { ok: false; problem: Problem };

/** Codes of what a framework cannot express; rendered as `problem.<code>` (i18n/features/layers.*). */
export const LAYER_TEXT_PROBLEM_CODES = ["snippet.kerasPadding", "snippet.kerasGroups"] as const;

/** Each code with the names of its values. */
export const LAYER_TEXT_PROBLEMS = {
  "snippet.kerasPadding": ["padding", "outputPadding"],
  "snippet.kerasGroups": ["groups"],
} as const;

const tuple = ([a, b]: readonly number[]) => `(${a}, ${b})`;
const list = (xs: readonly number[]) => `[${xs.join(", ")}]`;

function sizes(p: ExploreParams) {
  const [C, H, W] = p.input.shape;
  const [w0, w1, kH, kW] = p.weight.shape;
  const outC = p.mode === "conv" ? w0 : w1 * p.groups;
  return { C, H, W, kH, kW, outC };
}

/** The PyTorch layer of a configuration, as nn.Conv2d / nn.ConvTranspose2d. */
export function pytorchLayerText(p: ExploreParams): string {
  const { C, kH, kW, outC } = sizes(p);
  const args = [`${C}`, `${outC}`, `kernel_size=${tuple([kH, kW])}`, `stride=${tuple(p.stride)}`, `padding=${tuple(p.padding)}`];
  if (p.mode === "transposed") args.push(`output_padding=${tuple(p.outputPadding)}`);
  args.push(`groups=${p.groups}`, `bias=${p.bias ? "True" : "False"}`, `dilation=${tuple(p.dilation)}`);
  return `nn.${p.mode === "conv" ? "Conv2d" : "ConvTranspose2d"}(${args.join(", ")})`;
}

/** Per-side padding (conv) or crop (transposed) of PyTorch's configuration: p, and p − output_padding at the end. */
function pytorchSides(p: ExploreParams): Sides {
  const op: Pair = p.mode === "conv" ? [0, 0] : p.outputPadding;
  return { top: p.padding[0], bottom: p.padding[0] - op[0], left: p.padding[1], right: p.padding[1] - op[1] };
}

function sameGeometry(text: string, p: ExploreParams): boolean {
  const want = pytorchSides(p);
  try {
    const g = layerGeometry(importLayer(text), [p.input.shape[1], p.input.shape[2]]);
    return g.sides.top === want.top && g.sides.bottom === want.bottom && g.sides.left === want.left && g.sides.right === want.right;
  } catch {
    return false;
  }
}

/**
 * The Keras layer computing exactly this configuration, found by trying every padding Keras has
 * ("same", "valid", with output_padding None or each value below the stride) through the core's
 * own geometry; Keras' padding is only "same" or "valid", so most PyTorch paddings have none.
 */
export function kerasLayerText(p: ExploreParams): LayerText {
  const { kH, kW, outC } = sizes(p);
  const transposed = p.mode === "transposed";
  if (transposed && p.groups > 1) return { ok: false, problem: { code: "snippet.kerasGroups", values: { groups: p.groups } } };
  if ((p.stride[0] > 1 || p.stride[1] > 1) && (p.dilation[0] > 1 || p.dilation[1] > 1)) {
    return { ok: false, problem: { code: "layer.dilatedStride", values: { layer: "Keras" } } };
  }
  const ops: (Pair | null)[] = [null];
  if (transposed) for (let a = 0; a < p.stride[0]; a++) for (let b = 0; b < p.stride[1]; b++) ops.push([a, b]);
  for (const padding of ["same", "valid"]) {
    for (const op of ops) {
      const args = [`${outC}`, tuple([kH, kW]), `strides=${tuple(p.stride)}`, `padding="${padding}"`];
      if (transposed) args.push(`output_padding=${op ? tuple(op) : "None"}`);
      args.push(`dilation_rate=${tuple(p.dilation)}`);
      if (!transposed && p.groups > 1) args.push(`groups=${p.groups}`);
      args.push(`use_bias=${p.bias ? "True" : "False"}`);
      const text = `keras.layers.${transposed ? "Conv2DTranspose" : "Conv2D"}(${args.join(", ")})`;
      if (sameGeometry(text, p)) return { ok: true, text };
    }
  }
  return {
    ok: false,
    problem: { code: "snippet.kerasPadding", values: { padding: tuple(p.padding), outputPadding: tuple(transposed ? p.outputPadding : [0, 0]) } },
  };
}

/** The ONNX node computing this configuration: pads [top, left, bottom, right] = [p, p, p, p]. */
export function onnxLayerText(p: ExploreParams): LayerText {
  const { kH, kW } = sizes(p);
  const [pH, pW] = p.padding;
  const attrs = [`kernel_shape=${list([kH, kW])}`, `strides=${list(p.stride)}`, `pads=${list([pH, pW, pH, pW])}`];
  if (p.mode === "transposed") attrs.push(`output_padding=${list(p.outputPadding)}`);
  attrs.push(`dilations=${list(p.dilation)}`, `group=${p.groups}`);
  const text = `${p.mode === "conv" ? "Conv" : "ConvTranspose"}(${attrs.join(", ")})`;
  try {
    // ONNX Runtime refuses some of what PyTorch accepts (output_padding ≥ stride with a dilation).
    layerGeometry(importLayer(text), [p.input.shape[1], p.input.shape[2]]);
  } catch (e) {
    const problem = problemOf(e);
    if (problem) return { ok: false, problem };
    throw e;
  }
  return { ok: true, text };
}

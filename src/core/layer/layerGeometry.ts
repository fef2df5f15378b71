import type { Pair, Sides } from "../shape";
import type { ImportedLayer } from "./importLayer";
import { refuse } from "./problems";

/**
 * Where one layer's framework puts its padding, for one input size: the per-side padding of a
 * convolution's input, or for a transposed convolution the per-side crop of the full result
 * (i−1)s + d(k−1) + 1 (a negative bottom/right crop extends it with zeros, as output_padding
 * does). Every framework reduces to this, so one geometry computes all three.
 */
export interface LayerGeometry {
  inputSize: Pair;
  outputSize: Pair;
  /** Conv: padding added to each side of the input. Transposed: crop of each side of the full result. */
  sides: Sides;
}

interface Axis {
  i: number;
  k: number;
  s: number;
  d: number;
  op: number | null;
  out: number | null;
  start: number | null;
  end: number | null;
}

/** C++'s integer division (truncates toward zero), which ONNX Runtime's padding code uses. */
const cdiv = (a: number, b: number) => Math.trunc(a / b);

/**
 * TensorFlow's SAME padding of a convolution over length L: out = ⌈L/s⌉,
 * total = max(0, (out−1)s + dk − L), the odd cell at the end (tf.nn.conv2d docs, "SAME").
 */
function tfSame(L: number, s: number, dk: number): [number, number] {
  const total = Math.max(0, (Math.ceil(L / s) - 1) * s + dk - L);
  const start = Math.floor(total / 2);
  return [start, total - start];
}

/**
 * ONNX Runtime 1.30's auto_pad SAME padding of Conv, as measured (test/core/fixtures/onnx.mjs):
 * need = (⌈i/s⌉−1)s + k − i, as the ONNX spec says, but where the spec splits it into
 * ⌊need/2⌋ / ⌈need/2⌉ the runtime's start is, for need ≥ 0, need/2 (SAME_UPPER) or (need+1)/2
 * (SAME_LOWER), and for a negative need (kernel smaller than the stride) (need+1)/2 or
 * (need+2)/2, each rounded toward zero: a negative start then skips input cells at the top/left.
 * TensorFlow instead clamps a negative need to 0. The runtime refuses dilation here.
 */
function ortSame(i: number, s: number, k: number, lower: boolean): [number, number] {
  const need = (Math.ceil(i / s) - 1) * s + k - i;
  const start = need >= 0 ? cdiv(need + (lower ? 1 : 0), 2) : cdiv(need + (lower ? 2 : 1), 2);
  return [start, need - start];
}

function convAxis(layer: ImportedLayer, a: Axis, axis: "H" | "W"): [number, number] {
  const dk = a.d * (a.k - 1) + 1;
  const p = layer.padding;
  switch (p.kind) {
    case "explicit":
      return [a.start!, a.end!];
    case "valid":
      return [0, 0];
    case "same":
      if (layer.framework === "keras") return tfSame(a.i, a.s, dk);
      {
        // PyTorch (stride 1 only): total d(k−1), the odd cell on the right (F.conv2d, padding="same").
        const total = dk - 1;
        return [Math.floor(total / 2), total - Math.floor(total / 2)];
      }
    case "sameUpper":
    case "sameLower":
      if (a.d !== 1) {
        const autoPad = p.kind === "sameUpper" ? "SAME_UPPER" : "SAME_LOWER";
        refuse("layer.dilatedSame", { layer: layer.name, autoPad }, `${layer.name}: ONNX Runtime refuses dilation with auto_pad="${autoPad}"`);
      }
      return ortSame(a.i, a.s, a.k, p.kind === "sameLower");
  }
}

/**
 * Keras' Conv2DTranspose output length (keras.src.backend.common.backend_utils
 * _get_output_shape_given_tf_padding, equal to Keras 2's deconv_output_length), then TensorFlow's
 * conv2d_transpose crop: the SAME padding of the forward convolution over that length.
 */
function kerasTransposedAxis(layer: ImportedLayer, a: Axis, axis: "H" | "W"): { crop: [number, number]; out: number } {
  const dk = a.d * (a.k - 1) + 1;
  const full = (a.i - 1) * a.s + dk;
  const valid = layer.padding.kind === "valid";
  const L = valid
    ? (a.i - 1) * a.s + dk + (a.op ?? Math.max(dk, a.s) - dk)
    : a.op === null
      ? a.i * a.s
      : (a.i - 1) * a.s + (dk % 2) + a.op;
  if (L < 1) {
    refuse("layer.tooSmall", { layer: layer.name, axis, size: L }, `${layer.name}: the output size along ${axis} would be ${L}, less than 1`);
  }
  const start = valid ? 0 : tfSame(L, a.s, dk)[0];
  // TensorFlow checks that the forward convolution of the output gives back the input size.
  const back = valid ? Math.floor((L - dk) / a.s) + 1 : Math.ceil(L / a.s);
  if (back !== a.i) {
    refuse(
      "layer.outputShape",
      { layer: layer.name, axis, size: L, input: a.i },
      `${layer.name}: TensorFlow refuses an output size along ${axis} of ${L}: its convolution would give ${back}, not the input's ${a.i}`,
    );
  }
  return { crop: [start, full - L - start], out: L };
}

/**
 * ONNX Runtime 1.30's ConvTranspose padding, as measured. With output_shape: the total
 * padding (i−1)s + op + dk − out, clamped at 0, split with the larger half at the start unless
 * auto_pad is SAME_UPPER (as the spec says), and an output larger than that extends at the end;
 * the runtime refuses an output_shape whose convolution would not give back the input. Without
 * it, auto_pad SAME aims at out = i·s as the spec says, but a negative total (kernel smaller
 * than the stride) is clamped at 0, so the output stays (i−1)s + op + dk, not i·s.
 */
function onnxTransposedAxis(layer: ImportedLayer, a: Axis, axis: "H" | "W"): { crop: [number, number]; out: number } {
  const dk = a.d * (a.k - 1) + 1;
  const op = a.op ?? 0;
  const full = (a.i - 1) * a.s + dk;
  const kind = layer.padding.kind;
  const split = (total: number): [number, number] =>
    kind === "sameUpper" ? [cdiv(total, 2), total - cdiv(total, 2)] : [total - cdiv(total, 2), cdiv(total, 2)];
  let start: number;
  let pads: number;
  let out: number;
  if (a.out !== null) {
    out = a.out;
    const total = Math.max(0, full + op - out);
    start = split(total)[0];
    pads = total;
  } else if (kind === "explicit") {
    start = a.start!;
    pads = a.start! + a.end!;
    out = full + op - pads;
  } else if (kind === "valid") {
    start = 0;
    pads = 0;
    out = full + op;
  } else {
    pads = Math.max(0, full + op - a.i * a.s);
    start = split(pads)[0];
    out = full + op - pads;
  }
  if (out < 1) {
    refuse("layer.tooSmall", { layer: layer.name, axis, size: out }, `${layer.name}: the output size along ${axis} would be ${out}, less than 1`);
  }
  // The runtime checks every ConvTranspose this way, which refuses output_padding ≥ stride even
  // where PyTorch (and ONNX's own rule, output_padding < max(stride, dilation)) accept it.
  if (Math.floor((out + pads - dk) / a.s) + 1 !== a.i) {
    refuse(
      "layer.outputShape",
      { layer: layer.name, axis, size: out, input: a.i },
      `${layer.name}: ONNX Runtime refuses an output size along ${axis} of ${out}: its convolution would not give back the input's ${a.i}`,
    );
  }
  return { crop: [start, full - out - start], out };
}

/** The layer's padding (or crop) of every side and its output size for an input of inputSize [H, W]. */
export function layerGeometry(layer: ImportedLayer, inputSize: Pair): LayerGeometry {
  const axes = ([0, 1] as const).map((n) => {
    const sides = layer.padding.kind === "explicit" ? layer.padding.sides : null;
    const axis: Axis = {
      i: inputSize[n],
      k: layer.kernel[n],
      s: layer.stride[n],
      d: layer.dilation[n],
      op: layer.outputPadding ? layer.outputPadding[n] : null,
      out: layer.outputShape ? layer.outputShape[n] : null,
      start: sides ? (n === 0 ? sides.top : sides.left) : null,
      end: sides ? (n === 0 ? sides.bottom : sides.right) : null,
    };
    const side = n === 0 ? "H" : "W";
    const dk = axis.d * (axis.k - 1) + 1;
    if (layer.kind === "conv2d") {
      const [start, end] = convAxis(layer, axis, side);
      const out = Math.floor((axis.i + start + end - dk) / axis.s) + 1;
      if (out < 1) {
        refuse("layer.tooSmall", { layer: layer.name, axis: side, size: out }, `${layer.name}: the output size along ${side} would be ${out}, less than 1`);
      }
      return { start, end, out };
    }
    if (layer.framework === "keras") {
      const r = kerasTransposedAxis(layer, axis, side);
      return { start: r.crop[0], end: r.crop[1], out: r.out };
    }
    if (layer.framework === "onnx") {
      const r = onnxTransposedAxis(layer, axis, side);
      return { start: r.crop[0], end: r.crop[1], out: r.out };
    }
    // PyTorch: padding crops both sides, output_padding gives back cells at the bottom/right.
    const op = axis.op ?? 0;
    const out = (axis.i - 1) * axis.s + dk - axis.start! - axis.end! + op;
    if (out < 1) {
      refuse("layer.tooSmall", { layer: layer.name, axis: side, size: out }, `${layer.name}: the output size along ${side} would be ${out}, less than 1`);
    }
    return { start: axis.start!, end: axis.end! - op, out };
  });
  return {
    inputSize: [inputSize[0], inputSize[1]],
    outputSize: [axes[0].out, axes[1].out],
    sides: { top: axes[0].start, bottom: axes[0].end, left: axes[1].start, right: axes[1].end },
  };
}

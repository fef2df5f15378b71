import type { Pair } from "../shape";
import type { ImportedLayer, LayerKind } from "./importLayer";
import { layerGeometry } from "./layerGeometry";
import { refuse } from "./problems";

/** Cells per side, in the order [top, bottom, left, right]. */
export type SideTuple = [number, number, number, number];

/** The PyTorch layer that computes an imported layer, and what it still needs around it. */
export interface PytorchEquivalent {
  kind: LayerKind;
  stride: Pair;
  dilation: Pair;
  groups: number;
  /** PyTorch's symmetric padding and output_padding (0 for conv2d). */
  padding: Pair;
  outputPadding: Pair;
  /** Conv2d only: F.pad of the input before the layer (negative values crop it), when a crop of the output cannot do it. */
  inputPad: SideTuple;
  /** Cells to drop from each side of PyTorch's output, [top, bottom, left, right]. */
  crop: SideTuple;
  /** The output size after the crop: the imported layer's own. */
  outputSize: Pair;
  /** True when padding and output_padding alone reproduce the layer (no crop, no F.pad). */
  exact: boolean;
}

/**
 * Transposed, one axis: PyTorch crops p at the start and p − op at the end of the full result,
 * with 0 ≤ op < max(s, d). Picks p and op that leave the least extra crop, given the framework's
 * crops `start` and `end` (a negative end extends the result).
 */
function transposedAxis(layer: ImportedLayer, start: number, end: number, s: number, d: number) {
  const m = Math.max(s, d);
  let best: { p: number; op: number; cs: number; ce: number } | null = null;
  for (let p = Math.max(0, start); p >= 0; p--) {
    for (let op = 0; op < m; op++) {
      const cs = start - p;
      const ce = end - p + op;
      if (cs < 0 || ce < 0) continue;
      if (!best || cs + ce < best.cs + best.ce) best = { p, op, cs, ce };
    }
  }
  if (!best) {
    refuse(
      "layer.notExpressible",
      { layer: layer.name, start, end },
      `${layer.name}: no PyTorch padding and output_padding reach this output (crop ${start} at the start, ${end} at the end)`,
    );
  }
  return best;
}

/**
 * Conv, one axis: PyTorch pads p on both sides. When the framework pads more at the end, p is the
 * start's padding and the extra output at the end is cropped; when it pads more at the start by a
 * multiple of the stride, p is the larger and the extra output at the start is cropped; otherwise
 * (or with a negative padding) the input is F.pad-ded by the difference first, as PyTorch itself
 * does for padding="same" internally.
 */
function convAxis(i: number, start: number, end: number, k: number, s: number, d: number, out: number) {
  const dk = d * (k - 1) + 1;
  const size = (p: number, extra: number) => Math.floor((i + 2 * p + extra - dk) / s) + 1;
  if (start >= 0 && end >= 0) {
    if (start >= end) {
      const ce = size(start, 0) - out;
      return { p: start, pad: [0, 0], crop: [0, ce] };
    }
    if ((end - start) % s === 0) {
      const cs = (end - start) / s;
      return { p: end, pad: [0, 0], crop: [cs, size(end, 0) - out - cs] };
    }
  }
  const p = Math.max(0, Math.min(start, end));
  const padS = start - p;
  const padE = end - p;
  return { p, pad: [padS, padE], crop: [0, size(p, padS + padE) - out] };
}

/**
 * PyTorch's padding and output_padding for an imported layer at one input size, plus whatever
 * crop (and, for a convolution, input F.pad) symmetric padding cannot express, so that
 * `conv_transpose2d(x, w, padding, output_padding)[..., top:H−bottom, left:W−right]` (or the
 * conv2d equivalent) gives the layer's exact output. PyTorch layers come back as they are, except
 * Conv2d's padding="same" with an even kernel, whose odd cell PyTorch itself adds at the end.
 */
export function pytorchEquivalent(layer: ImportedLayer, inputSize: Pair): PytorchEquivalent {
  const geo = layerGeometry(layer, inputSize);
  const { top, bottom, left, right } = geo.sides;
  const starts: Pair = [top, left];
  const ends: Pair = [bottom, right];
  const padding: Pair = [0, 0];
  const outputPadding: Pair = [0, 0];
  const inputPad: SideTuple = [0, 0, 0, 0];
  const crop: SideTuple = [0, 0, 0, 0];
  for (const a of [0, 1] as const) {
    if (layer.kind === "convTranspose2d") {
      const r = transposedAxis(layer, starts[a], ends[a], layer.stride[a], layer.dilation[a]);
      padding[a] = r.p;
      outputPadding[a] = r.op;
      crop[2 * a] = r.cs;
      crop[2 * a + 1] = r.ce;
    } else {
      const r = convAxis(inputSize[a], starts[a], ends[a], layer.kernel[a], layer.stride[a], layer.dilation[a], geo.outputSize[a]);
      padding[a] = r.p;
      inputPad[2 * a] = r.pad[0];
      inputPad[2 * a + 1] = r.pad[1];
      crop[2 * a] = r.crop[0];
      crop[2 * a + 1] = r.crop[1];
    }
  }
  return {
    kind: layer.kind,
    stride: [layer.stride[0], layer.stride[1]],
    dilation: [layer.dilation[0], layer.dilation[1]],
    groups: layer.groups,
    padding,
    outputPadding,
    inputPad,
    crop,
    outputSize: geo.outputSize,
    exact: crop.every((c) => c === 0) && inputPad.every((c) => c === 0),
  };
}

import type { ConvGeometry, Mode, Pair } from "../core";
import { sidesOf } from "../model/sides";
import { outputShape, type ExplorerParams } from "../params/explorerParams";

/** A configuration's sizes in this direction's own terms: what goes in, what comes out, and how. */
export interface ConfigSizes {
  mode: Mode;
  /** [C, H, W] of the map this direction reads and of the map it writes. */
  input: [number, number, number];
  output: [number, number, number];
  kernel: Pair;
  stride: Pair;
  padding: Pair;
  dilation: Pair;
  outputPadding: Pair;
  groups: number;
}

/** The sizes of valid parameters (the output size from core's geometry: the PyTorch formulas). */
export function sizesOfParams(p: ExplorerParams): ConfigSizes {
  return {
    mode: p.mode,
    input: [p.inC, p.inH, p.inW],
    output: outputShape(p),
    kernel: [p.kH, p.kW],
    stride: p.stride,
    padding: p.padding,
    dilation: p.dilation,
    outputPadding: p.mode === "conv" ? [0, 0] : p.outputPadding,
    groups: p.groups,
  };
}

/** The same from a computed geometry (x is conv2d's input and conv_transpose2d's output). */
export function sizesOfGeometry(mode: Mode, g: ConvGeometry): ConfigSizes {
  const { input, output } = sidesOf(mode, g);
  return {
    mode,
    input,
    output,
    kernel: [g.kH, g.kW],
    stride: [g.sH, g.sW],
    padding: [g.pH, g.pW],
    dilation: [g.dH, g.dW],
    outputPadding: mode === "conv" ? [0, 0] : [g.opH, g.opW],
    groups: g.groups,
  };
}

const same = ([h, w]: Pair) => h === w;

/** "3" for a square pair, "(3, 2)" otherwise; PyTorch's spelling of a pair. */
function pairText(p: Pair): string {
  return same(p) ? String(p[0]) : `(${p[0]}, ${p[1]})`;
}

function shapeText([c, h, w]: [number, number, number], channels: boolean): string {
  return channels ? `${c}×${h}×${w}` : `${h}×${w}`;
}

/**
 * One line, the same in every language: "2×2 → 5×5, k=3, s=2", with C×H×W when a side has
 * several channels and p, d, op and groups only when they differ from their defaults.
 */
export function sizesText(s: ConfigSizes): string {
  const channels = s.input[0] > 1 || s.output[0] > 1;
  const parts = [
    `${shapeText(s.input, channels)} → ${shapeText(s.output, channels)}`,
    `k=${same(s.kernel) ? s.kernel[0] : `${s.kernel[0]}×${s.kernel[1]}`}`,
    `s=${pairText(s.stride)}`,
  ];
  if (s.padding[0] || s.padding[1]) parts.push(`p=${pairText(s.padding)}`);
  if (s.dilation[0] !== 1 || s.dilation[1] !== 1) parts.push(`d=${pairText(s.dilation)}`);
  if (s.outputPadding[0] || s.outputPadding[1]) parts.push(`op=${pairText(s.outputPadding)}`);
  if (s.groups !== 1) parts.push(`groups=${s.groups}`);
  return parts.join(", ");
}

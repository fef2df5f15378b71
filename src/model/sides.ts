import type { ConvGeometry, Mode } from "../core";

/** [C, H, W] of one unbatched map. */
export type Shape3 = [number, number, number];

/**
 * The symbols the app writes: conv2d maps x to y through C; conv_transpose2d maps y back to x′
 * through Cᵀ (x′, not x: a transposed convolution is not the inverse). The kernel is w in both.
 */
export interface Symbols {
  input: string;
  output: string;
  kernel: string;
  /** "C" (conv) or "Cᵀ" (transposed). */
  matrix: string;
  /** Between input and kernel: ∗ (conv) or ∗ᵀ (transposed). */
  operator: string;
}

const CONV: Symbols = { input: "x", output: "y", kernel: "w", matrix: "C", operator: "∗" };
const TRANSPOSED: Symbols = { input: "y", output: "x′", kernel: "w", matrix: "Cᵀ", operator: "∗ᵀ" };

export function symbolsOf(mode: Mode): Symbols {
  return mode === "conv" ? CONV : TRANSPOSED;
}

/** A direction's two maps, in its own terms: the one it reads and the one it writes. */
export interface Sides {
  input: Shape3;
  output: Shape3;
  symbols: Symbols;
}

/**
 * The sides of a direction. The core's geometry is convolution-centric (x [xC,xH,xW] is the large
 * side, conv2d's input and conv_transpose2d's output; y the small one), so the transposed direction
 * reads y and writes x. This is the one place that swap is written.
 */
export function sidesOf(mode: Mode, g: ConvGeometry): Sides {
  const x: Shape3 = [g.xC, g.xH, g.xW];
  const y: Shape3 = [g.yC, g.yH, g.yW];
  return mode === "conv" ? { input: x, output: y, symbols: CONV } : { input: y, output: x, symbols: TRANSPOSED };
}

import type { ConvGeometry } from "../../core";

const SUB = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"];

/** 12 → "₁₂". */
export function subscript(n: number): string {
  return String(n)
    .split("")
    .map((d) => SUB[Number(d)] ?? d)
    .join("");
}

/** "y[0,1]" (one channel) or "y[1,0,1]" for flat index `i` of a [C,H,W] map, 0-based like every grid. */
export function cellName(symbol: string, shape: readonly [number, number, number], i: number): string {
  const [c, h, w] = shape;
  const col = i % w;
  const row = Math.floor(i / w) % h;
  const ch = Math.floor(i / (w * h));
  return c > 1 ? `${symbol}[${ch},${row},${col}]` : `${symbol}[${row},${col}]`;
}

/** The position of weight `k` in the weight tensor [yC, xC/groups, kH, kW] (PyTorch's layout in both modes). */
export interface WeightPos {
  a: number;
  b: number;
  ky: number;
  kx: number;
}

export function weightPos(g: ConvGeometry, k: number): WeightPos {
  const plane = g.kH * g.kW;
  const inner = g.xC / g.groups;
  return { a: Math.floor(k / (plane * inner)), b: Math.floor(k / plane) % inner, ky: Math.floor(k / g.kW) % g.kH, kx: k % g.kW };
}

/** True when the weight tensor holds one kernel plane (a single channel pair): names can drop the channels. */
export function singlePlane(g: ConvGeometry): boolean {
  return g.yC * (g.xC / g.groups) === 1;
}

/**
 * The short name drawn in a matrix cell: "w₀₂", the kernel position only. With several channels
 * the cell's row (an output channel) and column (an input channel) already say which channel
 * pair it belongs to; the tooltip and the info line give the full name (weightName).
 */
export function weightLabel(g: ConvGeometry, k: number): string {
  const p = weightPos(g, k);
  return `w${subscript(p.ky)}${subscript(p.kx)}`;
}

/** The index name used in text: "w[0,2]" or "w[1,0,0,2]" (PyTorch indexing, 0-based). */
export function weightName(g: ConvGeometry, k: number): string {
  const p = weightPos(g, k);
  return singlePlane(g) ? `w[${p.ky},${p.kx}]` : `w[${p.a},${p.b},${p.ky},${p.kx}]`;
}

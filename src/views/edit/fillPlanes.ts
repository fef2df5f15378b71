import { fill, type FillKind, type Pair } from "../../core";

/**
 * Values for `count` planes of rows × cols. The random kinds draw one seeded stream across the
 * planes, so every plane differs and the first plane equals fill(kind, rows, cols, {seed}) (the
 * seed shown reproduces it). The bilinear kernel takes each axis's stride (an outer product of two
 * 1-D bilinear kernels); the other kinds repeat one plane.
 */
export function fillPlanes(kind: FillKind, count: number, rows: number, cols: number, seed: number, stride: Pair): number[][] {
  const area = rows * cols;
  if (kind === "randomIntegers" || kind === "randomDecimals") {
    const all = fill(kind, count * rows, cols, { seed });
    return Array.from({ length: count }, (_, k) => all.slice(k * area, (k + 1) * area));
  }
  let plane: number[];
  if (kind === "bilinear") {
    const ry = fill("bilinear", rows, 1, { stride: stride[0] });
    const rx = fill("bilinear", 1, cols, { stride: stride[1] });
    plane = ry.flatMap((a) => rx.map((b) => a * b));
  } else {
    plane = fill(kind, rows, cols);
  }
  return Array.from({ length: count }, () => plane.slice());
}

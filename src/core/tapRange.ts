/**
 * The y positions [lo, hi) whose kernel tap lands inside x: 0 ≤ y·s + offset < xSize, 0 ≤ y < ySize,
 * where offset = k·d − p for kernel index k. Computing this once per tap keeps bounds checks out of
 * the inner loops of conv2d, conv_transpose2d, the matrix builder and the traces.
 */
export function tapRange(offset: number, s: number, xSize: number, ySize: number): [number, number] {
  const lo = Math.max(0, Math.ceil(-offset / s));
  const hi = Math.min(ySize, Math.floor((xSize - 1 - offset) / s) + 1);
  return [lo, Math.max(lo, hi)];
}

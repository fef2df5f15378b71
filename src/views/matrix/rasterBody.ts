import { lowerBound } from "./hitTest";
import type { Scene, Theme } from "./scene";
import { visibleRange, type Extent, type View } from "./viewport";

/**
 * Rasterizes the stored entries of the visible rows into a device-pixel buffer: O(visible entries
 * + pixels), with no allocation (the buffer is reused). A cell narrower than a pixel still paints
 * one pixel, so a zoomed-out matrix keeps its sparsity pattern; from 6 device px a 1 px gap
 * separates cells, and from 10 px faint lines mark every cell, structural zeros included.
 */
export function rasterBody(buf: Uint32Array, bw: number, bh: number, s: Scene, v: View, e: Extent, dpr: number, th: Theme): void {
  buf.fill(th.outside);
  const kd = v.k * dpr;
  const txd = v.tx * dpr;
  const tyd = v.ty * dpr;
  const { m } = s;
  const mx0 = Math.max(0, Math.floor(txd));
  const mx1 = Math.min(bw, Math.floor(txd + m.cols * kd));
  const my0 = Math.max(0, Math.floor(tyd));
  const my1 = Math.min(bh, Math.floor(tyd + m.rows * kd));
  for (let y = my0; y < my1; y++) buf.fill(th.zero, y * bw + mx0, y * bw + mx1);
  const { r0, r1, c0, c1 } = visibleRange(v, e);
  if (kd >= 10) {
    for (let r = r0; r <= r1; r++) {
      const y = Math.floor(tyd + r * kd) - 1;
      if (y >= my0 && y < my1) buf.fill(th.gridLine, y * bw + mx0, y * bw + mx1);
    }
    for (let c = c0; c <= c1; c++) {
      const x = Math.floor(txd + c * kd) - 1;
      if (x < mx0 || x >= mx1) continue;
      for (let y = my0; y < my1; y++) buf[y * bw + x] = th.gridLine;
    }
  }
  const gap = kd >= 6 ? 1 : 0;
  const { rowPtr, colIdx, kernelIdx } = m;
  const palette = s.palette;
  for (let r = r0; r < r1; r++) {
    let y0 = Math.floor(tyd + r * kd);
    let y1 = Math.max(y0 + 1, Math.floor(tyd + (r + 1) * kd) - gap);
    if (y0 < 0) y0 = 0;
    if (y1 > bh) y1 = bh;
    if (y0 >= y1) continue;
    const end = rowPtr[r + 1];
    for (let i = lowerBound(m, r, c0); i < end; i++) {
      const c = colIdx[i];
      if (c >= c1) break;
      let x0 = Math.floor(txd + c * kd);
      let x1 = Math.max(x0 + 1, Math.floor(txd + (c + 1) * kd) - gap);
      if (x0 < 0) x0 = 0;
      if (x1 > bw) x1 = bw;
      if (x0 >= x1) continue;
      const color = palette[kernelIdx[i]];
      if (x1 - x0 === 1 && y1 - y0 === 1) buf[y0 * bw + x0] = color;
      else for (let y = y0; y < y1; y++) buf.fill(color, y * bw + x0, y * bw + x1);
    }
  }
}

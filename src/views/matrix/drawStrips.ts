import type { CanvasLayout } from "./canvasLayout";
import type { Scene, Theme } from "./scene";
import { visibleRange, type Extent, type View } from "./viewport";

/** Reusable pixel buffers of the two vector strips (reallocated only when their size changes). */
export interface StripBuffers {
  in: ImageData | null;
  out: ImageData | null;
}

function bufferOf(ctx: CanvasRenderingContext2D, img: ImageData | null, w: number, h: number): ImageData | null {
  if (w <= 0 || h <= 0) return null;
  return img && img.width === w && img.height === h ? img : ctx.createImageData(w, h);
}

/**
 * One strip's pixels: along its length each device pixel takes the colour of the cell under its
 * centre (O(pixels), however many cells are visible); not-yet-computed cells (NaN) stay white,
 * and from 6 device px per cell a 1 px gap separates cells, as in the body.
 */
function rasterStrip(img: ImageData, along: "x" | "y", values: Float64Array, color: (v: number) => number, offset: number, kd: number, bg: number): void {
  const buf = new Uint32Array(img.data.buffer);
  const length = along === "x" ? img.width : img.height;
  const across = along === "x" ? img.height : img.width;
  const gap = kd >= 6;
  for (let p = 0; p < length; p++) {
    const u = (p + 0.5 - offset) / kd;
    const i = Math.floor(u);
    let c = bg;
    if (i >= 0 && i < values.length && !(gap && (u - i) * kd > kd - 1)) c = Number.isNaN(values[i]) ? 0xffffffff : color(values[i]);
    if (along === "x") for (let q = 0; q < across; q++) buf[q * length + p] = c;
    else buf.fill(c, p * across, (p + 1) * across);
  }
}

/**
 * vec(input) above the columns and vec(output) beside the rows, rasterized into reused buffers,
 * then the step's cells filled and the linked cells marked with a bar along the outer edge (their
 * values stay visible: a weight can link every cell).
 */
export function drawStrips(ctx: CanvasRenderingContext2D, s: Scene, v: View, e: Extent, l: CanvasLayout, th: Theme, dpr: number, bufs: StripBuffers): void {
  const cw = Math.min(l.bodyW, v.tx + e.cols * v.k);
  const ch = Math.min(l.bodyH, v.ty + e.rows * v.k);
  const sd = Math.round(l.strip * dpr);
  bufs.in = bufferOf(ctx, bufs.in, Math.round(cw * dpr), sd);
  bufs.out = bufferOf(ctx, bufs.out, sd, Math.round(ch * dpr));
  if (bufs.in) {
    rasterStrip(bufs.in, "x", s.input, s.inPacked, v.tx * dpr, v.k * dpr, th.outside);
    ctx.putImageData(bufs.in, Math.round(l.bodyX * dpr), Math.round(l.inStripY * dpr));
  }
  if (bufs.out) {
    rasterStrip(bufs.out, "y", s.output, s.outPacked, v.ty * dpr, v.k * dpr, th.outside);
    ctx.putImageData(bufs.out, Math.round(l.outStripX * dpr), Math.round(l.bodyY * dpr));
  }
  const { r0, r1, c0, c1 } = visibleRange(v, e);
  const size = Math.max(v.k, 3);
  ctx.save();
  ctx.beginPath();
  ctx.rect(l.bodyX, 0, cw, l.bodyY);
  ctx.rect(l.outStripX, l.bodyY, l.strip + 4, ch);
  ctx.clip();
  ctx.fillStyle = th.linked;
  for (const i of s.linkedInputs) if (i >= c0 && i < c1) ctx.fillRect(l.bodyX + v.tx + i * v.k + (v.k - size) / 2, l.inStripY - 4, size, 3);
  for (const i of s.linkedOutputs) if (i >= r0 && i < r1) ctx.fillRect(l.outStripX + l.strip + 1, l.bodyY + v.ty + i * v.k + (v.k - size) / 2, 3, size);
  ctx.fillStyle = th.read;
  for (const i of s.activeInputs) if (i >= c0 && i < c1) ctx.fillRect(l.bodyX + v.tx + i * v.k + (v.k - size) / 2, l.inStripY, size, l.strip);
  ctx.fillStyle = th.written;
  for (const i of s.activeOutputs) if (i >= r0 && i < r1) ctx.fillRect(l.outStripX, l.bodyY + v.ty + i * v.k + (v.k - size) / 2, l.strip, size);
  ctx.restore();
  // Frames around the part of the body the matrix covers (all of it, unless the matrix is smaller).
  ctx.strokeStyle = th.line;
  ctx.lineWidth = 1;
  ctx.strokeRect(l.bodyX - 0.5, l.inStripY - 0.5, cw + 1, l.strip + 1);
  ctx.strokeRect(l.outStripX - 0.5, l.bodyY - 0.5, l.strip + 1, ch + 1);
  ctx.strokeRect(l.bodyX - 0.5, l.bodyY - 0.5, cw + 1, ch + 1);
}

import type { SparseMatrix } from "../../core";
import type { Theme } from "./scene";
import { visibleRange, type Extent, type View } from "./viewport";

/**
 * The minimap's picture of the whole matrix, built once per result and size: one pass over the
 * stored entries (O(nnz)) into an offscreen canvas, which each frame then copies. Null where the
 * DOM has no 2D canvas (jsdom).
 */
export function minimapImage(m: SparseMatrix, palette: Uint32Array, w: number, h: number, th: Theme): HTMLCanvasElement | null {
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, w);
  canvas.height = Math.max(1, h);
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  const img = ctx.createImageData(canvas.width, canvas.height);
  minimapPixels(new Uint32Array(img.data.buffer), canvas.width, canvas.height, m, palette, th.zero);
  ctx.putImageData(img, 0, 0);
  return canvas;
}

/** The copied picture, the step's row or column, and a frame around the part the body shows. */
export function drawMinimap(
  ctx: CanvasRenderingContext2D,
  image: HTMLCanvasElement | null,
  w: number,
  h: number,
  v: View,
  e: Extent,
  th: Theme,
  bandRow: number,
  bandCol: number,
): void {
  ctx.clearRect(0, 0, w, h);
  if (image) {
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(image, 0, 0, w, h);
  }
  const sx = w / e.cols;
  const sy = h / e.rows;
  if (bandRow >= 0) {
    ctx.fillStyle = th.written;
    ctx.fillRect(0, bandRow * sy + sy / 2 - 1, w, 2);
  }
  if (bandCol >= 0) {
    ctx.fillStyle = th.read;
    ctx.fillRect(bandCol * sx + sx / 2 - 1, 0, 2, h);
  }
  const { r0, r1, c0, c1 } = visibleRange(v, e);
  // The frame, at least 4 px, kept inside the map so its stroke is never cut off.
  const x0 = Math.max(1, Math.min(w - 5, c0 * sx));
  const y0 = Math.max(1, Math.min(h - 5, r0 * sy));
  const x1 = Math.min(w - 1, Math.max(x0 + 4, c1 * sx));
  const y1 = Math.min(h - 1, Math.max(y0 + 4, r1 * sy));
  ctx.fillStyle = "rgba(0, 114, 178, 0.12)";
  ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
  ctx.lineWidth = 2;
  ctx.strokeStyle = th.written;
  ctx.strokeRect(x0, y0, x1 - x0, y1 - y0);
  ctx.lineWidth = 1;
  ctx.strokeStyle = th.line;
  ctx.strokeRect(0.5, 0.5, w - 1, h - 1);
}

/**
 * The minimap's pixels (w × h, packed colours): every stored entry paints the pixels its cell
 * covers, at least one, in its weight's colour; later entries win where cells share a pixel.
 * It runs when a result arrives, over up to ~2M entries: spans are worked out per column and per
 * row, not per entry, and a one-pixel cell is a store rather than a fill.
 */
export function minimapPixels(buf: Uint32Array, w: number, h: number, m: SparseMatrix, palette: Uint32Array, zero: number): void {
  buf.fill(zero);
  const sx = w / m.cols;
  const sy = h / m.rows;
  // Each column's and row's pixel span, worked out once (not once per entry: up to ~2M of them).
  const x0 = new Int32Array(m.cols);
  const x1 = new Int32Array(m.cols);
  for (let c = 0; c < m.cols; c++) {
    x0[c] = Math.min(w - 1, Math.floor(c * sx));
    x1[c] = Math.max(x0[c] + 1, Math.min(w, Math.floor((c + 1) * sx)));
  }
  // Entries are stored row by row: walking the rows paints them in the same order (later wins).
  for (let r = 0; r < m.rows; r++) {
    const y = Math.min(h - 1, Math.floor(r * sy));
    const y1 = Math.max(y + 1, Math.min(h, Math.floor((r + 1) * sy)));
    for (let i = m.rowPtr[r]; i < m.rowPtr[r + 1]; i++) {
      const c = m.colIdx[i];
      const color = palette[m.kernelIdx[i]];
      if (y1 - y === 1 && x1[c] - x0[c] === 1) buf[y * w + x0[c]] = color;
      else for (let yy = y; yy < y1; yy++) buf.fill(color, yy * w + x0[c], yy * w + x1[c]);
    }
  }
}

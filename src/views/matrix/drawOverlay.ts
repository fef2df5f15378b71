import type { CanvasLayout } from "./canvasLayout";
import { lowerBound } from "./hitTest";
import type { Scene, Theme } from "./scene";
import { LABEL_K, visibleRange, type Extent, type View } from "./viewport";

/** A cell's rectangle in canvas CSS px, at least `min` px wide and tall (centred), so a highlight stays visible. */
function cellRect(l: CanvasLayout, v: View, row: number, col: number, min: number): [number, number, number, number] {
  const size = Math.max(v.k, min);
  const x = l.bodyX + v.tx + col * v.k + (v.k - size) / 2;
  const y = l.bodyY + v.ty + row * v.k + (v.k - size) / 2;
  return [x, y, size, size];
}

function band(ctx: CanvasRenderingContext2D, l: CanvasLayout, v: View, axis: "row" | "col", i: number, color: string): void {
  if (i < 0) return;
  const size = Math.max(v.k, 2);
  ctx.fillStyle = color;
  if (axis === "row") ctx.fillRect(l.bodyX, l.bodyY + v.ty + i * v.k + (v.k - size) / 2, l.bodyW, size);
  else ctx.fillRect(l.bodyX + v.tx + i * v.k + (v.k - size) / 2, l.bodyY, size, l.bodyH);
}

/** Bands of the step and the focus, then the linked and active entries, then labels and the pointed cell. */
export function drawOverlay(ctx: CanvasRenderingContext2D, s: Scene, v: View, e: Extent, l: CanvasLayout, th: Theme): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(l.bodyX, l.bodyY, l.bodyW, l.bodyH);
  ctx.clip();
  band(ctx, l, v, "row", s.focusRow, "rgba(126, 47, 142, 0.10)");
  band(ctx, l, v, "col", s.focusCol, "rgba(126, 47, 142, 0.10)");
  band(ctx, l, v, "row", s.bandRow, "rgba(0, 114, 178, 0.16)");
  band(ctx, l, v, "col", s.bandCol, "rgba(230, 159, 0, 0.24)");
  const { r0, r1, c0, c1 } = visibleRange(v, e);
  const big = v.k >= 6;
  const visible = (i: number): boolean => {
    const r = s.entryRow[i];
    const c = s.m.colIdx[i];
    return r >= r0 - 1 && r <= r1 && c >= c0 - 1 && c <= c1;
  };
  ctx.lineWidth = 2;
  // Dashed like the DOM's linked outline once cells are large enough for dashes to read as dashes.
  ctx.setLineDash(v.k >= 14 ? [4, 3] : []);
  for (const i of s.linked) {
    if (!visible(i)) continue;
    const [x, y, w, h] = cellRect(l, v, s.entryRow[i], s.m.colIdx[i], 3);
    if (big) {
      ctx.strokeStyle = th.linked;
      ctx.strokeRect(x + 1.5, y + 1.5, w - 3, h - 3);
    } else {
      ctx.fillStyle = th.linked;
      ctx.fillRect(x, y, w, h);
    }
  }
  ctx.setLineDash([]);
  for (const i of s.active) {
    if (i < 0 || !visible(i)) continue;
    const [x, y, w, h] = cellRect(l, v, s.entryRow[i], s.m.colIdx[i], 3);
    if (big) {
      ctx.fillStyle = th.readBg;
      ctx.fillRect(x + 1, y + 1, w - 2, h - 2);
      ctx.strokeStyle = th.read;
      ctx.strokeRect(x + 1.5, y + 1.5, w - 3, h - 3);
    } else {
      ctx.fillStyle = th.read;
      ctx.fillRect(x, y, w, h);
    }
  }
  if (v.k >= LABEL_K) drawLabels(ctx, s, v, l, th, r0, r1, c0, c1);
  if (s.pointed) {
    const [x, y, w, h] = cellRect(l, v, s.pointed.row, s.pointed.col, 5);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = th.ink;
    ctx.strokeRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5);
  }
  ctx.restore();
}

function drawLabels(ctx: CanvasRenderingContext2D, s: Scene, v: View, l: CanvasLayout, th: Theme, r0: number, r1: number, c0: number, c1: number): void {
  const px = Math.min(13, Math.round(v.k * 0.34));
  ctx.font = `600 ${px}px ${th.font}`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  const active = new Set(s.active);
  for (let r = r0; r < r1; r++) {
    const end = s.m.rowPtr[r + 1];
    for (let i = lowerBound(s.m, r, c0); i < end && s.m.colIdx[i] < c1; i++) {
      const rgba = s.palette[s.m.kernelIdx[i]];
      // Light text on dark entries: luminance from the packed bytes (ITU-R BT.601 weights, enough here).
      const lum = 0.299 * (rgba & 255) + 0.587 * ((rgba >>> 8) & 255) + 0.114 * ((rgba >>> 16) & 255);
      ctx.fillStyle = active.has(i) || lum > 140 ? th.ink : "#ffffff";
      ctx.fillText(s.label(i), l.bodyX + v.tx + (s.m.colIdx[i] + 0.5) * v.k, l.bodyY + v.ty + (r + 0.5) * v.k, v.k - 2);
    }
  }
}

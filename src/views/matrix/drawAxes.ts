import { scaleLinear } from "d3-scale";
import type { CanvasLayout } from "./canvasLayout";
import type { Theme } from "./scene";
import { visibleRange, type Extent, type View } from "./viewport";

/** Row numbers on the left and column numbers on top, at d3's "nice" integer steps for the visible range. */
export function drawAxes(ctx: CanvasRenderingContext2D, v: View, e: Extent, l: CanvasLayout, th: Theme, names: { input: string; output: string }): void {
  const { r0, r1, c0, c1 } = visibleRange(v, e);
  ctx.fillStyle = th.faint;
  ctx.strokeStyle = th.line;
  ctx.lineWidth = 1;
  ctx.font = `500 10px ${th.font}`;
  const ticks = (lo: number, hi: number, room: number): number[] =>
    scaleLinear()
      .domain([lo, Math.max(lo, hi - 1)])
      .ticks(Math.max(2, Math.floor(room / 70)))
      .filter((n) => Number.isInteger(n) && n >= lo && n < hi);
  ctx.textAlign = "center";
  ctx.textBaseline = "alphabetic";
  for (const c of ticks(c0, c1, l.bodyW)) {
    const x = l.bodyX + v.tx + (c + 0.5) * v.k;
    if (x < l.bodyX || x > l.bodyX + l.bodyW) continue;
    ctx.fillText(String(c), x, l.inStripY - 7);
    ctx.beginPath();
    ctx.moveTo(Math.round(x) + 0.5, l.inStripY - 5);
    ctx.lineTo(Math.round(x) + 0.5, l.inStripY - 1);
    ctx.stroke();
  }
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const r of ticks(r0, r1, l.bodyH * 1.6)) {
    const y = l.bodyY + v.ty + (r + 0.5) * v.k;
    if (y < l.bodyY || y > l.bodyY + l.bodyH) continue;
    ctx.fillText(String(r), l.bodyX - 8, y);
    ctx.beginPath();
    ctx.moveTo(l.bodyX - 5, Math.round(y) + 0.5);
    ctx.lineTo(l.bodyX - 1, Math.round(y) + 0.5);
    ctx.stroke();
  }
  ctx.font = `italic 600 11px ${th.font}`;
  ctx.fillStyle = th.ink;
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  ctx.fillText(`vec(${names.input})`, l.bodyX - 6, l.inStripY + l.strip / 2);
  ctx.save();
  ctx.translate(l.outStripX + l.strip + 12, l.bodyY);
  ctx.rotate(Math.PI / 2);
  ctx.textAlign = "left";
  ctx.fillText(`vec(${names.output})`, 0, 0);
  ctx.restore();
}

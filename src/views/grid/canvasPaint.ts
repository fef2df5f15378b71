import { UP_BORDER, UP_INSERTED_ZERO } from "../../core";
import { HIGHLIGHT } from "../../format/colors";
import { formatNumber } from "../../format/number";
import { MARK_READ, MARK_WRITTEN } from "../frames/marks";
import type { PlaneModel } from "./planeModel";

/** Cells at least this large show their number, as the DOM grid does. */
export const TEXT_PX = 22;
/** Cells at least this large get outlines and patterns; smaller ones are marked by their fill. */
export const DETAIL_PX = 6;
/** Below this, a linked cell is ringed from outside (a dashed outline inside would be lost). */
export const RING_PX = 14;

export interface CanvasGeometry {
  /** Cell side and cell pitch (side + gap), in CSS pixels. */
  px: number;
  pitch: number;
  width: number;
  height: number;
}

export type Cursor = { r: number; c: number } | null;

/**
 * What a canvas shows, kept after each paint so the next one can redo only the cells that changed.
 * A step changes a footprint (a few dozen cells of thousands): redrawing those instead of the whole
 * plane is what keeps playing at one step per frame on a 130×130 output. The model is kept by
 * reference, not copied: models are snapshots, built anew for each step and never written after.
 */
export interface Painted {
  model: PlaneModel;
  geometry: CanvasGeometry;
  cursor: Cursor;
}

/**
 * Paints model m, redrawing only the changed cells when `before` shows the same plane at the same
 * geometry, and the whole plane otherwise. Returns what is painted now, for the next call.
 * Everything a cell draws stays inside its own square, except the outside rings of linked cells
 * on small cells and the keyboard cursor: those are redrawn over the changed cells, and a change
 * of the rings or of the cursor repaints the whole plane.
 */
export function paint(ctx: CanvasRenderingContext2D, m: PlaneModel, g: CanvasGeometry, cursor: Cursor, before: Painted | null): Painted {
  const size = m.rows * m.cols;
  const now: Painted = { model: m, geometry: g, cursor };
  const changed = before && samePlane(before, now) ? changedCells(before, now) : null;
  if (!changed) {
    ctx.clearRect(0, 0, g.width, g.height);
    for (let i = 0; i < size; i++) drawCell(ctx, m, i, g);
    drawOverlays(ctx, m, g, cursor);
    return now;
  }
  if (changed.length === 0) return now;
  for (const i of changed) {
    ctx.clearRect((i % m.cols) * g.pitch, Math.floor(i / m.cols) * g.pitch, g.px, g.px);
    drawCell(ctx, m, i, g);
  }
  drawOverlays(ctx, m, g, cursor);
  return now;
}

/** Same plane, drawn the same way, with the same outside rings and cursor: only cells can differ. */
function samePlane(a: Painted, b: Painted): boolean {
  const ma = a.model;
  const mb = b.model;
  const ga = a.geometry;
  const gb = b.geometry;
  if (ma.rows !== mb.rows || ma.cols !== mb.cols || ma.offset !== mb.offset || ma.fill !== mb.fill || ma.kinds !== mb.kinds) return false;
  if (ga.px !== gb.px || ga.pitch !== gb.pitch || ga.width !== gb.width || ga.height !== gb.height) return false;
  if (a.cursor?.r !== b.cursor?.r || a.cursor?.c !== b.cursor?.c) return false;
  return gb.px >= RING_PX || sameBytes(ma.linked, mb.linked);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function changedCells(a: Painted, b: Painted): number[] {
  const ma = a.model;
  const mb = b.model;
  const sameValues = ma.values === mb.values;
  const o = mb.offset;
  const out: number[] = [];
  for (let i = 0; i < mb.rows * mb.cols; i++) {
    if ((!sameValues && !Object.is(ma.values[o + i], mb.values[o + i])) || ma.marks[i] !== mb.marks[i] || ma.linked[i] !== mb.linked[i]) out.push(i);
  }
  return out;
}

/** One cell, inside its own px × px square: fill, pattern, step mark, inside link outline, number. */
function drawCell(ctx: CanvasRenderingContext2D, m: PlaneModel, i: number, g: CanvasGeometry): void {
  const { px } = g;
  const detail = px >= DETAIL_PX;
  const x = (i % m.cols) * g.pitch;
  const y = Math.floor(i / m.cols) * g.pitch;
  const v = m.values[m.offset + i];
  const mark = m.marks[i];
  if (mark === MARK_READ) ctx.fillStyle = detail ? HIGHLIGHT.readBg : HIGHLIGHT.read;
  else if (mark === MARK_WRITTEN) ctx.fillStyle = detail ? HIGHLIGHT.writtenBg : HIGHLIGHT.written;
  else if (!detail && m.linked[i]) ctx.fillStyle = HIGHLIGHT.linked;
  else ctx.fillStyle = Number.isNaN(v) ? "#f1f5f9" : m.fill(v);
  ctx.fillRect(x, y, px, px);
  if (!detail) return;
  const kind = m.kinds ? m.kinds[m.offset + i] : 0;
  ctx.lineWidth = 1;
  if (kind === UP_INSERTED_ZERO) {
    ctx.fillStyle = "#64748b";
    ctx.beginPath();
    ctx.arc(x + px / 2, y + px / 2, Math.max(1, px / 9), 0, 2 * Math.PI);
    ctx.fill();
  } else if (kind === UP_BORDER) {
    ctx.strokeStyle = "#94a3b8";
    ctx.beginPath();
    ctx.moveTo(x + 0.5, y + px - 0.5);
    ctx.lineTo(x + px - 0.5, y + 0.5);
    ctx.stroke();
  }
  if (mark) {
    const w = Math.max(1.5, px / 10);
    ctx.strokeStyle = mark === MARK_READ ? HIGHLIGHT.read : HIGHLIGHT.written;
    ctx.lineWidth = w;
    ctx.strokeRect(x + w / 2, y + w / 2, px - w, px - w);
  }
  if (m.linked[i] && px >= RING_PX) {
    const w = Math.max(1.5, px / 12);
    ctx.strokeStyle = HIGHLIGHT.linked;
    ctx.setLineDash([3, 2]);
    ctx.lineWidth = w;
    ctx.strokeRect(x + w / 2 + 0.5, y + w / 2 + 0.5, px - w - 1, px - w - 1);
    ctx.setLineDash([]);
  }
  if (px >= TEXT_PX && kind !== UP_INSERTED_ZERO && kind !== UP_BORDER && !Number.isNaN(v)) {
    ctx.fillStyle = "#0f172a";
    ctx.font = `600 ${Math.round(px * 0.36)}px system-ui, sans-serif`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(formatNumber(v), x + px / 2, y + px / 2 + 0.5, px - 2); // squeezed to stay in its cell
  }
}

/** What overflows the cells: the outside rings of linked small cells, then the keyboard cursor. */
function drawOverlays(ctx: CanvasRenderingContext2D, m: PlaneModel, g: CanvasGeometry, cursor: Cursor): void {
  // Opaque colours on whole pixels (at 1× and 2×): drawing a ring again over itself changes nothing.
  if (g.px < RING_PX) {
    ctx.strokeStyle = HIGHLIGHT.linked;
    ctx.lineWidth = 2;
    for (let i = 0; i < m.linked.length; i++) {
      if (!m.linked[i]) continue;
      ctx.strokeRect((i % m.cols) * g.pitch - 2, Math.floor(i / m.cols) * g.pitch - 2, g.px + 4, g.px + 4);
    }
  }
  if (cursor) {
    ctx.strokeStyle = HIGHLIGHT.focus;
    ctx.lineWidth = 3;
    ctx.strokeRect(cursor.c * g.pitch - 2.5, cursor.r * g.pitch - 2.5, g.px + 5, g.px + 5);
  }
}

import { memo, useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { UP_BORDER, UP_INSERTED_ZERO } from "../../core";
import { HIGHLIGHT } from "../colors";
import { formatNumber } from "../format";
import { MARK_READ, MARK_WRITTEN } from "../frames/marks";
import { cellGap, type GridName } from "./Grid";
import { countSet, type PlaneModel } from "./planeModel";

export interface CanvasGridProps {
  name: GridName;
  caption: ReactNode;
  /** A summary of what the picture shows (sizes, what is active), for screen readers. */
  ariaLabel: string;
  model: PlaneModel;
  cellPx: number;
  /** The text a screen reader hears for the keyboard cursor's cell. */
  describe: (r: number, c: number) => string;
  onHover?: (r: number, c: number) => void;
  onLeave?: () => void;
  onCellActivate?: (r: number, c: number) => void;
}

/** Cells at least this large show their number, as the DOM grid does. */
const TEXT_PX = 22;
/** Cells at least this large get outlines and patterns; smaller ones are marked by their fill. */
const DETAIL_PX = 6;
/** Below this, a linked cell is ringed from outside (a dashed outline inside would be lost). */
const RING_PX = 14;

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * A grid too large for one DOM node per cell (beyond 32×32), drawn to a canvas with the DOM grid's
 * colours and marks. It keeps the grid's interaction: the pointer or the keyboard cursor (arrow
 * keys, once focused) calls onHover, Enter calls onCellActivate. One redraw per step or focus
 * change, O(cells), with no allocation per cell.
 */
export const CanvasGrid = memo(function CanvasGrid(props: CanvasGridProps) {
  const { name, caption, ariaLabel, model, cellPx, describe, onHover, onLeave, onCellActivate } = props;
  const { rows, cols } = model;
  const ref = useRef<HTMLCanvasElement>(null);
  const [cursor, setCursor] = useState<{ r: number; c: number } | null>(null);
  const last = useRef(-1);
  const gap = cellPx >= DETAIL_PX ? cellGap(cellPx) : 0;
  const pitch = cellPx + gap;
  const width = cols * pitch - gap;
  const height = rows * pitch - gap;

  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const dpr = typeof window !== "undefined" ? Math.min(2, window.devicePixelRatio || 1) : 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    // resizing reallocates the backing store: only when the size really changes
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    draw(ctx, model, cellPx, pitch, width, height, cursor);
  }, [model, cellPx, pitch, width, height, cursor]);

  const point = useCallback(
    (r: number, c: number) => {
      const i = r * cols + c;
      if (i === last.current) return;
      last.current = i;
      onHover?.(r, c);
    },
    [cols, onHover],
  );
  const leave = () => {
    last.current = -1;
    onLeave?.();
  };
  const cellAt = (e: MouseEvent): { r: number; c: number } | null => {
    const box = e.currentTarget.getBoundingClientRect();
    const scale = box.width > 0 ? width / box.width : 1;
    const c = Math.floor(((e.clientX - box.left) * scale) / pitch);
    const r = Math.floor(((e.clientY - box.top) * scale) / pitch);
    return r >= 0 && r < rows && c >= 0 && c < cols ? { r, c } : null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const at = cursor ?? { r: 0, c: 0 };
    if (e.key === "Enter") {
      if (onCellActivate) {
        e.preventDefault();
        onCellActivate(at.r, at.c);
      }
      return;
    }
    const move = ARROWS[e.key];
    if (!move) return;
    e.preventDefault();
    const next = { r: Math.max(0, Math.min(rows - 1, at.r + move[0])), c: Math.max(0, Math.min(cols - 1, at.c + move[1])) };
    setCursor(next);
    point(next.r, next.c);
  };

  return (
    <figure className="grid-figure grid-canvas" data-grid-name={name}>
      <figcaption className="grid-caption">{caption}</figcaption>
      <div className="canvas-frame">
        <canvas
          ref={ref}
          data-grid={name}
          data-canvas="true"
          data-rows={rows}
          data-cols={cols}
          data-active-count={countSet(model.marks)}
          data-linked-count={countSet(model.linked)}
          role="img"
          aria-label={ariaLabel}
          tabIndex={0}
          style={{ width, height }}
          onMouseMove={(e) => {
            const at = cellAt(e);
            if (at) point(at.r, at.c);
          }}
          onMouseLeave={leave}
          onClick={(e) => {
            const at = cellAt(e);
            if (at) onCellActivate?.(at.r, at.c);
          }}
          onFocus={() => {
            const at = cursor ?? { r: 0, c: 0 };
            setCursor(at);
            point(at.r, at.c);
          }}
          onBlur={() => {
            setCursor(null);
            leave();
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {cursor ? describe(cursor.r, cursor.c) : ""}
      </p>
    </figure>
  );
});

function draw(
  ctx: CanvasRenderingContext2D,
  m: PlaneModel,
  px: number,
  pitch: number,
  width: number,
  height: number,
  cursor: { r: number; c: number } | null,
): void {
  const detail = px >= DETAIL_PX;
  ctx.clearRect(0, 0, width, height);
  for (let r = 0; r < m.rows; r++) {
    for (let c = 0; c < m.cols; c++) {
      const i = r * m.cols + c;
      const v = m.values[m.offset + i];
      const mark = m.marks[i];
      const x = c * pitch;
      const y = r * pitch;
      if (mark === MARK_READ) ctx.fillStyle = detail ? HIGHLIGHT.readBg : HIGHLIGHT.read;
      else if (mark === MARK_WRITTEN) ctx.fillStyle = detail ? HIGHLIGHT.writtenBg : HIGHLIGHT.written;
      else if (!detail && m.linked[i]) ctx.fillStyle = HIGHLIGHT.linked;
      else ctx.fillStyle = Number.isNaN(v) ? "#f1f5f9" : m.fill(v);
      ctx.fillRect(x, y, px, px);
    }
  }
  if (!detail) {
    ringLinked(ctx, m, px, pitch);
    drawCursor(ctx, cursor, px, pitch);
    return;
  }
  ctx.lineWidth = 1;
  for (let r = 0; r < m.rows; r++) {
    for (let c = 0; c < m.cols; c++) {
      const i = r * m.cols + c;
      const kind = m.kinds ? m.kinds[m.offset + i] : 0;
      const x = c * pitch;
      const y = r * pitch;
      if (kind === UP_INSERTED_ZERO) {
        ctx.fillStyle = "#64748b";
        ctx.beginPath();
        ctx.arc(x + px / 2, y + px / 2, Math.max(1, px / 9), 0, 2 * Math.PI);
        ctx.fill();
      } else if (kind === UP_BORDER) {
        ctx.strokeStyle = "#94a3b8";
        ctx.beginPath();
        ctx.moveTo(x, y + px);
        ctx.lineTo(x + px, y);
        ctx.stroke();
      }
      const mark = m.marks[i];
      if (mark) {
        ctx.strokeStyle = mark === MARK_READ ? HIGHLIGHT.read : HIGHLIGHT.written;
        ctx.lineWidth = Math.max(1.5, px / 10);
        ctx.strokeRect(x + 0.75, y + 0.75, px - 1.5, px - 1.5);
        ctx.lineWidth = 1;
      }
      if (m.linked[i] && px >= RING_PX) {
        ctx.strokeStyle = HIGHLIGHT.linked;
        ctx.setLineDash([3, 2]);
        ctx.lineWidth = Math.max(1.5, px / 12);
        ctx.strokeRect(x + 1, y + 1, px - 2, px - 2);
        ctx.setLineDash([]);
        ctx.lineWidth = 1;
      }
      if (px >= TEXT_PX && kind !== UP_INSERTED_ZERO && kind !== UP_BORDER) {
        const v = m.values[m.offset + i];
        if (!Number.isNaN(v)) {
          ctx.fillStyle = "#0f172a";
          ctx.font = `600 ${Math.round(px * 0.36)}px system-ui, sans-serif`;
          ctx.textAlign = "center";
          ctx.textBaseline = "middle";
          ctx.fillText(formatNumber(v), x + px / 2, y + px / 2 + 0.5);
        }
      }
    }
  }
  if (px < RING_PX) ringLinked(ctx, m, px, pitch);
  drawCursor(ctx, cursor, px, pitch);
}

/** Small cells: each linked cell ringed from outside, so it stands out at a glance. */
function ringLinked(ctx: CanvasRenderingContext2D, m: PlaneModel, px: number, pitch: number): void {
  ctx.strokeStyle = HIGHLIGHT.linked;
  ctx.lineWidth = 1.5;
  for (let i = 0; i < m.linked.length; i++) {
    if (!m.linked[i]) continue;
    const x = (i % m.cols) * pitch;
    const y = Math.floor(i / m.cols) * pitch;
    ctx.strokeRect(x - 2.25, y - 2.25, px + 4.5, px + 4.5);
  }
}

/** The keyboard cursor: a focus-coloured frame around its cell. */
function drawCursor(ctx: CanvasRenderingContext2D, cursor: { r: number; c: number } | null, px: number, pitch: number): void {
  if (!cursor) return;
  ctx.strokeStyle = HIGHLIGHT.focus;
  ctx.lineWidth = 2.5;
  ctx.strokeRect(cursor.c * pitch - 1.5, cursor.r * pitch - 1.5, px + 3, px + 3);
}

import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { DETAIL_PX, paint, type Painted } from "./canvasPaint";
import { cellGap, type GridName } from "./Grid";
import { gridKey } from "./gridKey";
import type { PlaneModel } from "./planeModel";

export interface CanvasGridProps {
  name: GridName;
  caption: ReactNode;
  /** A summary of what the picture shows (sizes, what is active), for screen readers. */
  ariaLabel: string;
  model: PlaneModel;
  /** Cells the step marks and cells linked to the focus (as the summary counts them). */
  counts: { active: number; linked: number };
  cellPx: number;
  /** The text a screen reader hears for the keyboard cursor's cell. */
  describe: (r: number, c: number) => string;
  onHover?: (r: number, c: number) => void;
  onLeave?: () => void;
  onCellActivate?: (r: number, c: number) => void;
}

/**
 * A grid too large for one DOM node per cell (beyond 32×32), drawn to a canvas with the DOM grid's
 * colours and marks. It keeps the grid's interaction: the pointer or the keyboard cursor (arrow
 * keys, once focused) calls onHover, Enter calls onCellActivate. A step or a focus change repaints
 * only the cells it changed (canvasPaint).
 */
export function CanvasGrid(props: CanvasGridProps) {
  const { name, caption, ariaLabel, model, counts, cellPx, describe, onHover, onLeave, onCellActivate } = props;
  const { rows, cols } = model;
  const ref = useRef<HTMLCanvasElement>(null);
  const painted = useRef<Painted | null>(null);
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
    // resizing reallocates (and blanks) the backing store: only when the size really changes
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      painted.current = null;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    painted.current = paint(ctx, model, { px: cellPx, pitch, width, height }, cursor, painted.current);
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
    const at = cursor ?? { r: 0, c: 0 };
    const action = gridKey(e, at.r, at.c, rows, cols);
    if (action?.kind === "activate") {
      if (onCellActivate) {
        e.preventDefault();
        onCellActivate(at.r, at.c);
      }
      return;
    }
    if (!action) return;
    e.preventDefault();
    setCursor({ r: action.r, c: action.c });
    point(action.r, action.c);
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
          data-active-count={counts.active}
          data-linked-count={counts.linked}
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
}


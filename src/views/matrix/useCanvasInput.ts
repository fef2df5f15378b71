import { useEffect, useRef, type KeyboardEvent, type PointerEvent as ReactPointerEvent, type RefObject } from "react";
import type { Pointed } from "./useMatrixModel";
import type { Renderer } from "./useCanvasRenderer";
import { centerOn, panBy, zoomAt } from "./viewport";

/** One press of + or −, or of a zoom button. */
export const ZOOM_STEP = 1.5;

type At = { x: number; y: number };

/**
 * CSS px of the canvas per viewport px: 1, except under CSS zoom (presenter mode scales the
 * matrix view), where client coordinates and the bounding box are zoomed and the drawing is not.
 */
function unzoom(el: HTMLElement, rect: DOMRect): number {
  return rect.width > 0 && el.offsetWidth > 0 ? el.offsetWidth / rect.width : 1;
}

/** A pointer's position over the canvas, in the canvas's own CSS px. */
function localTo(el: HTMLElement, ev: { clientX: number; clientY: number }): At {
  const rect = el.getBoundingClientRect();
  const s = unzoom(el, rect);
  return { x: (ev.clientX - rect.left) * s, y: (ev.clientY - rect.top) * s };
}

/**
 * Pointer, wheel and key input of the canvas matrix: drag pans (past a 3 px dead zone, so a click
 * stays a click), the wheel and double-click zoom about the pointer, arrow keys pan (Shift: half a
 * view), + − zoom (about the step's cell when it is in view), 0 fits, and the minimap centres the
 * view where it is pressed or dragged.
 * Hovering calls `onHover` with what `hit` finds under the pointer.
 */
export function useCanvasInput(
  r: Renderer,
  canvas: RefObject<HTMLCanvasElement | null>,
  hit: (x: number, y: number) => Pointed | null,
  onHover: (p: Pointed | null, at?: At) => void,
  onDrag: () => void,
  anchor: () => { row: number; col: number } | null,
) {
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const local = (ev: { clientX: number; clientY: number }): At => localTo(canvas.current!, ev);
  // Without a pointer (keys, buttons) zoom about the step's cell when it is in view, so what is
  // being computed stays in view; else about the centre.
  const zoomBy = (factor: number, at?: At) => {
    const e = r.extent();
    const l = r.layout();
    const v = r.view();
    let px = e.width / 2;
    let py = e.height / 2;
    const a = anchor();
    if (at) {
      px = at.x - l.bodyX;
      py = at.y - l.bodyY;
    } else if (a) {
      const ax = v.tx + (a.col + 0.5) * v.k;
      const ay = v.ty + (a.row + 0.5) * v.k;
      if (ax >= 0 && ax <= e.width && ay >= 0 && ay <= e.height) [px, py] = [ax, ay];
    }
    r.setView(zoomAt(v, e, factor, px, py));
  };
  const zoomByRef = useRef(zoomBy);
  zoomByRef.current = zoomBy;

  // Wheel zoom needs a non-passive listener (React's onWheel is passive), so the page does not scroll.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const onWheel = (ev: WheelEvent) => {
      ev.preventDefault();
      const scale = ev.deltaMode === 1 ? 0.05 : ev.deltaMode === 2 ? 1 : 0.0015;
      zoomByRef.current(Math.exp(-ev.deltaY * scale), localTo(el, ev));
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [canvas]);

  return {
    zoomBy,
    onPointerDown: (ev: ReactPointerEvent<HTMLCanvasElement>) => {
      if (ev.button !== 0) return;
      drag.current = { x: ev.clientX, y: ev.clientY, moved: false };
      ev.currentTarget.setPointerCapture?.(ev.pointerId);
    },
    onPointerMove: (ev: ReactPointerEvent<HTMLCanvasElement>) => {
      const d = drag.current;
      if (d) {
        const dx = ev.clientX - d.x;
        const dy = ev.clientY - d.y;
        if (!d.moved && Math.hypot(dx, dy) < 3) return;
        d.moved = true;
        d.x = ev.clientX;
        d.y = ev.clientY;
        const s = unzoom(ev.currentTarget, ev.currentTarget.getBoundingClientRect());
        r.setView(panBy(r.view(), r.extent(), dx * s, dy * s));
        onDrag();
        return;
      }
      const at = local(ev);
      onHover(hit(at.x, at.y), at);
    },
    onPointerUp: (ev: ReactPointerEvent<HTMLCanvasElement>) => {
      drag.current = null;
      ev.currentTarget.releasePointerCapture?.(ev.pointerId);
    },
    onPointerLeave: () => {
      if (!drag.current) onHover(null);
    },
    onDoubleClick: (ev: { clientX: number; clientY: number }) => zoomBy(2, local(ev)),
    onKeyDown: (ev: KeyboardEvent) => {
      if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
      const e = r.extent();
      const step = ev.shiftKey ? 0.5 : 0.15;
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [e.width * step, 0],
        ArrowRight: [-e.width * step, 0],
        ArrowUp: [0, e.height * step],
        ArrowDown: [0, -e.height * step],
      };
      if (pan[ev.key]) r.setView(panBy(r.view(), e, ...pan[ev.key]));
      else if (ev.key === "+" || ev.key === "=") zoomBy(ZOOM_STEP);
      else if (ev.key === "-" || ev.key === "_") zoomBy(1 / ZOOM_STEP);
      else if (ev.key === "0") r.reset();
      else return;
      ev.preventDefault();
    },
    onMini: (ev: ReactPointerEvent<HTMLCanvasElement>) => {
      if (ev.type === "pointermove" && ev.buttons !== 1) return;
      if (ev.type === "pointerdown") ev.currentTarget.setPointerCapture?.(ev.pointerId);
      const rect = ev.currentTarget.getBoundingClientRect();
      if (rect.width <= 0 || rect.height <= 0) return;
      const e = r.extent();
      const row = ((ev.clientY - rect.top) / rect.height) * e.rows;
      const col = ((ev.clientX - rect.left) / rect.width) * e.cols;
      r.setView(centerOn(r.view(), e, row - 0.5, col - 0.5));
    },
  };
}

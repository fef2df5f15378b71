import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { canvasLayout, minimapSize, type CanvasLayout } from "./canvasLayout";
import { drawAxes } from "./drawAxes";
import { drawOverlay } from "./drawOverlay";
import { drawStrips, type StripBuffers } from "./drawStrips";
import { rasterBody } from "./rasterBody";
import type { Scene, Theme } from "./scene";
import { drawMinimap, minimapImage } from "./minimap";
import { themeOf } from "./theme";
import { clampView, initialView, visibleRange, type Extent, type View } from "./viewport";

/** What the toolbar shows about the view: zoom and the visible rows and columns. */
export interface Readout {
  /** CSS px per cell. */
  cell: number;
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export interface CanvasRefs {
  box: RefObject<HTMLDivElement | null>;
  /** Two stacked canvases: `base` under `canvas` (which takes the pointer). */
  base: RefObject<HTMLCanvasElement | null>;
  canvas: RefObject<HTMLCanvasElement | null>;
  mini: RefObject<HTMLCanvasElement | null>;
}

export interface Renderer {
  view: () => View;
  extent: () => Extent;
  layout: () => CanvasLayout;
  /** Moves the view; a person's move (the default) stops resizes from re-fitting it. */
  setView: (v: View, byPerson?: boolean) => void;
  /** Back to the first view (the whole matrix, or its full width for a tall one). */
  reset: () => void;
  readout: Readout | null;
  /** The canvas box's width (CSS px) once measured, else null. */
  width: number | null;
}

const MINIMAP_MAX_W = 120;
const MINIMAP_MIN_W = 40;

/**
 * Draws the canvas matrix in requestAnimationFrame, at most once per frame, whatever asked for it
 * (a step, a focus, a pan, a resize), on two stacked canvases. The base holds the body's pixels
 * and the axes: it is redrawn only when the view, the size or the result changed. The top holds
 * what a step or a hover changes (bands, active and linked entries, labels, the vectors), so a
 * step clears and redraws it alone and the compositor lays it over the base: the body is not
 * copied again on every step.
 */
export function useCanvasRenderer(refs: CanvasRefs, scene: Scene, names: { input: string; output: string }): Renderer {
  const sceneRef = useRef(scene);
  const namesRef = useRef(names);
  const size = useRef({ w: 0, h: 0 });
  const viewRef = useRef<View>({ k: 1, tx: 0, ty: 0 });
  const viewKey = useRef("");
  // Until the person pans or zooms, a resize re-fits the view (the first sizes come in as the layout settles).
  const touched = useRef(false);
  // The body's pixels and the minimap's picture, with what they were made from (reused while it holds).
  const raster = useRef<{ img: ImageData | null; buf: Uint32Array | null; key: string; palette: Uint32Array | null }>({
    img: null,
    buf: null,
    key: "",
    palette: null,
  });
  const mini = useRef<{ image: HTMLCanvasElement | null; key: string; palette: Uint32Array | null }>({ image: null, key: "", palette: null });
  const strips = useRef<StripBuffers>({ in: null, out: null });
  const baseKey = useRef("");
  const theme = useRef<Theme | null>(null);
  const frame = useRef(0);
  const [readout, setReadout] = useState<Readout | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const lastReadout = useRef("");

  const extent = useCallback((): Extent => {
    const l = canvasLayout(size.current.w, size.current.h);
    return { rows: sceneRef.current.m.rows, cols: sceneRef.current.m.cols, width: l.bodyW, height: l.bodyH };
  }, []);

  const draw = useCallback(() => {
    frame.current = 0;
    const canvas = refs.canvas.current;
    const { w, h } = size.current;
    if (!canvas || w <= 0 || h <= 0) return;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    const s = sceneRef.current;
    const th = (theme.current ??= themeOf(canvas));
    const dpr = window.devicePixelRatio || 1;
    const e = extent();
    const key = `${e.rows}x${e.cols}`;
    const fitKey = `${key}@${e.width}x${e.height}`;
    if (viewKey.current.split("@")[0] !== key) touched.current = false;
    if (viewKey.current !== fitKey && !touched.current) viewRef.current = initialView(e);
    viewKey.current = fitKey;
    const v = (viewRef.current = clampView(viewRef.current, e));
    const l = canvasLayout(w, h, v.tx + e.cols * v.k);
    const baseCanvas = refs.base.current;
    const bctx = baseCanvas?.getContext("2d");
    if (!baseCanvas || !bctx) return;
    for (const c of [canvas, baseCanvas]) {
      if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
        c.width = Math.round(w * dpr);
        c.height = Math.round(h * dpr);
        c.style.width = `${w}px`;
        c.style.height = `${h}px`;
        baseKey.current = "";
      }
    }
    const rkey = `${v.k},${v.tx},${v.ty},${dpr}`;
    const bkey = `${rkey}@${w}x${h}|${namesRef.current.input},${namesRef.current.output}`;
    if (baseKey.current !== bkey || raster.current.palette !== s.palette) {
      bctx.setTransform(1, 0, 0, 1, 0, 0);
      bctx.clearRect(0, 0, baseCanvas.width, baseCanvas.height);
      const bw = Math.round(l.bodyW * dpr);
      const bh = Math.round(l.bodyH * dpr);
      if (bw > 0 && bh > 0) {
        const r = raster.current;
        if (!r.img || r.img.width !== bw || r.img.height !== bh) {
          r.img = bctx.createImageData(bw, bh);
          r.buf = new Uint32Array(r.img.data.buffer);
          r.key = "";
        }
        if (r.buf && (r.key !== rkey || r.palette !== s.palette)) {
          rasterBody(r.buf, bw, bh, s, v, e, dpr, th);
          r.key = rkey;
          r.palette = s.palette;
        }
        bctx.putImageData(r.img, Math.round(l.bodyX * dpr), Math.round(l.bodyY * dpr));
      }
      bctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawAxes(bctx, v, e, l, th, namesRef.current);
      baseKey.current = bkey;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawOverlay(ctx, s, v, e, l, th);
    drawStrips(ctx, s, v, e, l, th, dpr, strips.current);

    const mc = refs.mini.current;
    const mctx = mc?.getContext("2d");
    if (mc && mctx) {
      // A narrow view gets a narrower minimap (from its container, not the canvas box, which the minimap sizes).
      const stage = refs.box.current?.parentElement?.clientWidth ?? 0;
      const maxW = Math.max(MINIMAP_MIN_W, Math.min(MINIMAP_MAX_W, Math.round(stage * 0.16)));
      const ms = minimapSize(e.rows, e.cols, maxW, l.bodyH + l.strip + 5);
      const mkey = `${ms.w}x${ms.h}@${dpr}`;
      if (mini.current.key !== mkey || mini.current.palette !== s.palette) {
        const image = minimapImage(s.m, s.palette, Math.round(ms.w * dpr), Math.round(ms.h * dpr), th);
        mini.current = { image, key: mkey, palette: s.palette };
        mc.width = Math.round(ms.w * dpr);
        mc.height = Math.round(ms.h * dpr);
        mc.style.width = `${ms.w}px`;
        mc.style.height = `${ms.h}px`;
      }
      mctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawMinimap(mctx, mini.current.image, ms.w, ms.h, v, e, th, s.bandRow, s.bandCol);
    }
    const vr = visibleRange(v, e);
    const next = { cell: v.k, ...vr };
    const rk = JSON.stringify(next);
    if (rk !== lastReadout.current) {
      lastReadout.current = rk;
      setReadout(next);
    }
  }, [refs, extent]);

  const requestDraw = useCallback(() => {
    if (frame.current || typeof requestAnimationFrame !== "function") return;
    frame.current = requestAnimationFrame(draw);
  }, [draw]);

  useEffect(() => {
    sceneRef.current = scene;
    namesRef.current = names;
    requestDraw();
  }, [scene, names, requestDraw]);

  useEffect(() => {
    const box = refs.box.current;
    if (!box || typeof ResizeObserver !== "function") return;
    const ro = new ResizeObserver(() => {
      size.current = { w: box.clientWidth, h: box.clientHeight };
      setWidth(box.clientWidth);
      requestDraw();
    });
    ro.observe(box);
    return () => {
      ro.disconnect();
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [refs, requestDraw]);

  const setView = useCallback(
    (v: View, byPerson = true) => {
      if (byPerson) touched.current = true;
      viewRef.current = clampView(v, extent());
      requestDraw();
    },
    [extent, requestDraw],
  );
  const reset = useCallback(() => {
    setView(initialView(extent()));
    touched.current = false;
  }, [extent, setView]);
  const layout = useCallback(() => {
    const v = viewRef.current;
    return canvasLayout(size.current.w, size.current.h, v.tx + sceneRef.current.m.cols * v.k);
  }, []);
  const view = useCallback(() => viewRef.current, []);
  return { view, extent, layout, setView, reset, readout, width };
}

import { useLayoutEffect, useRef } from "react";
import { interpolateRdBu } from "d3-scale-chromatic";
import { rgb } from "d3-color";

export interface GrayCanvasProps {
  width: number;
  height: number;
  /** width × height values, row-major. */
  data: Float64Array | null;
  /** gray: [0, 1] as black–white (clipped); signed: a diverging red (negative) – blue (positive) map, symmetric around 0. */
  scale?: "gray" | "signed";
  label: string;
  /** Pixels painted orange (Okabe–Ito #E69F00), flat indices: e.g. the kept activations. */
  marks?: Int32Array | null;
  className?: string;
}

const SIGNED = Array.from({ length: 256 }, (_, i) => {
  const c = rgb(interpolateRdBu(i / 255));
  return [c.r, c.g, c.b] as const;
});

/**
 * An image drawn pixel for pixel to a canvas (CSS scales it, pixelated): one putImageData per
 * change, O(pixels). React owns the element; the effect only paints it.
 */
export function GrayCanvas({ width, height, data, scale = "gray", label, marks, className }: GrayCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext?.("2d");
    if (!canvas || !ctx || !data) return;
    canvas.width = width;
    canvas.height = height;
    const img = ctx.createImageData(width, height);
    const px = img.data;
    let m = 0;
    if (scale === "signed") for (const v of data) m = Math.max(m, Math.abs(v));
    for (let i = 0; i < width * height; i++) {
      const v = data[i];
      if (scale === "gray") {
        const g = Math.round(255 * Math.min(1, Math.max(0, v)));
        px[4 * i] = px[4 * i + 1] = px[4 * i + 2] = g;
      } else {
        const [r, g, b] = SIGNED[Math.round(127.5 + (m > 0 ? (127.5 * v) / m : 0))];
        px[4 * i] = r;
        px[4 * i + 1] = g;
        px[4 * i + 2] = b;
      }
      px[4 * i + 3] = 255;
    }
    if (marks) {
      for (const i of marks) {
        px[4 * i] = 230;
        px[4 * i + 1] = 159;
        px[4 * i + 2] = 0;
      }
    }
    ctx.putImageData(img, 0, 0);
  }, [width, height, data, scale, marks]);
  return (
    <canvas
      ref={ref}
      className={`gray-canvas ${className ?? ""}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      style={{ aspectRatio: `${width} / ${height}` }}
    />
  );
}

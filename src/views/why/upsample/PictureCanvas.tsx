import { memo, useLayoutEffect, useRef } from "react";
import type { Picture } from "../../../worker/image/protocol";

export interface PictureCanvasProps {
  picture: Picture;
  /** The canvas's accessible name: what the image shows. */
  label: string;
  /** Nearest-neighbour display scaling, for small inputs and zoomed crops. */
  pixelated?: boolean;
  /** Draw only this region (the lens), at its own size. */
  region?: { x: number; y: number; w: number; h: number };
  className?: string;
}

/**
 * A picture on a canvas whose backing store is the picture's own size; CSS scales it. React owns
 * the element; the effect only paints. In jsdom, which has no 2D canvas, nothing is painted.
 */
export const PictureCanvas = memo(function PictureCanvas({ picture, label, pixelated, region, className }: PictureCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const w = region ? region.w : picture.width;
  const h = region ? region.h : picture.height;
  const rx = region?.x ?? 0;
  const ry = region?.y ?? 0;

  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || typeof ImageData === "undefined") return;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    const image = new ImageData(picture.rgba as Uint8ClampedArray<ArrayBuffer>, picture.width, picture.height);
    ctx.putImageData(image, -rx, -ry, rx, ry, w, h);
  }, [picture, rx, ry, w, h]);

  return (
    <canvas
      ref={ref}
      width={w}
      height={h}
      role="img"
      aria-label={label}
      className={className}
      data-pixelated={pixelated ? "true" : undefined}
      style={{ aspectRatio: `${w} / ${h}` }}
    />
  );
});

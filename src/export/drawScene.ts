import { SCENE_FONT } from "./scene";
import type { Scene } from "./sceneShapes";

/**
 * The 2D context calls the painter makes, named from OffscreenCanvasRenderingContext2D (which
 * the worker lib knows too); a <canvas>'s CanvasRenderingContext2D has the same members.
 */
export type Context2D = Pick<
  OffscreenCanvasRenderingContext2D,
  | "setTransform"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "font"
  | "textAlign"
  | "textBaseline"
  | "fillRect"
  | "beginPath"
  | "roundRect"
  | "rect"
  | "fill"
  | "stroke"
  | "setLineDash"
  | "fillText"
>;

/**
 * Paints a scene on a 2D canvas at `scale` device pixels per scene pixel: the same shapes the SVG
 * writer emits, so a GIF frame looks like the SVG of that step. Runs in the GIF worker.
 */
export function drawScene(ctx: Context2D, scene: Scene, scale: number): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const s of scene.shapes) {
    if (s.kind === "rect") {
      ctx.beginPath();
      if (s.r > 0 && typeof ctx.roundRect === "function") ctx.roundRect(s.x, s.y, s.w, s.h, s.r);
      else ctx.rect(s.x, s.y, s.w, s.h);
      if (s.fill) {
        ctx.fillStyle = s.fill;
        ctx.fill();
      }
      if (s.stroke && s.strokeWidth > 0) {
        ctx.setLineDash(s.dash ?? []);
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = s.strokeWidth;
        ctx.stroke();
      }
    } else {
      ctx.font = `${s.weight} ${s.size}px ${SCENE_FONT}`;
      ctx.fillStyle = s.color;
      ctx.textAlign = s.anchor === "middle" ? "center" : s.anchor === "end" ? "right" : "left";
      ctx.textBaseline = "middle";
      ctx.fillText(s.text, s.x, s.y);
    }
  }
}

import { SCENE_FONT } from "./scene";
import type { Scene, SceneShape } from "./sceneShapes";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

const num = (v: number) => String(Math.round(v * 100) / 100);

function shapeSvg(s: SceneShape): string {
  if (s.kind === "text") {
    const data = s.cell ? ` data-grid="${s.cell.grid}" data-plane="${s.cell.plane}" data-r="${s.cell.r}" data-c="${s.cell.c}"` : "";
    return `<text x="${num(s.x)}" y="${num(s.y)}" font-size="${num(s.size)}" font-weight="${s.weight}" fill="${s.color}" text-anchor="${s.anchor}" dominant-baseline="central"${data}>${esc(s.text)}</text>`;
  }
  const attrs = [`x="${num(s.x)}"`, `y="${num(s.y)}"`, `width="${num(s.w)}"`, `height="${num(s.h)}"`];
  if (s.r) attrs.push(`rx="${num(s.r)}"`);
  attrs.push(`fill="${s.fill ?? "none"}"`);
  if (s.stroke) attrs.push(`stroke="${s.stroke}"`, `stroke-width="${num(s.strokeWidth)}"`);
  if (s.dash) attrs.push(`stroke-dasharray="${s.dash.join(" ")}"`);
  if (s.cell) {
    attrs.push(`data-grid="${s.cell.grid}"`, `data-plane="${s.cell.plane}"`, `data-r="${s.cell.r}"`, `data-c="${s.cell.c}"`);
    if (s.cell.role) attrs.push(`data-role="${s.cell.role}"`);
    if (s.cell.pending) attrs.push(`data-pending="true"`);
  }
  return `<rect ${attrs.join(" ")}/>`;
}

/**
 * A scene as a standalone SVG document (no external resources, so it also rasterizes through an
 * <img>). Cells carry data-grid, data-plane, data-r, data-c and data-role, so a test or a script
 * can find a cell and its highlight.
 */
export function sceneSvg(scene: Scene, title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${esc(SCENE_FONT)}">`,
    `<title>${esc(title)}</title>`,
    `<rect width="100%" height="100%" fill="${scene.background}"/>`,
    ...scene.shapes.map(shapeSvg),
    "</svg>",
  ].join("\n");
}

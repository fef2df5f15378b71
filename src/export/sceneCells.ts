import { HIGHLIGHT, inkOn } from "../format/colors";
import { formatNumber } from "../format/number";
import type { GridRole, Plane, SceneRect, SceneShape } from "./sceneShapes";

/**
 * How one grid cell of a scene is drawn: its fill, its outline for the step's role, and its value.
 * Split from scene.ts (the layout), which places the planes these cells fill.
 */

const LINE = "#cbd5e1";
/** Below this cell side a value does not fit legibly: the cell shows its colour only. */
const TEXT_MIN_CELL = 15;

type Outline = Pick<SceneRect, "stroke" | "strokeWidth" | "dash">;

/**
 * How a cell is framed, never by colour alone: read is one orange ring; written a blue ring with
 * a white inner ring and a pale halo (a double outline); not computed yet a dashed grey line.
 */
function outlineOf(s: number, role: GridRole | "pending" | undefined): { own: Outline; extra: { dx: number; outline: Outline }[] } {
  const w = Math.max(1.5, Math.min(3, s / 12));
  if (role === "read") return { own: { stroke: HIGHLIGHT.read, strokeWidth: w }, extra: [] };
  if (role === "written") {
    return {
      own: { stroke: HIGHLIGHT.written, strokeWidth: w },
      extra: [
        { dx: w * 1.6, outline: { stroke: "rgba(0, 114, 178, 0.22)", strokeWidth: w } },
        { dx: -w, outline: { stroke: "#ffffff", strokeWidth: Math.max(1, w / 2) } },
      ],
    };
  }
  if (role === "pending") return { own: { stroke: LINE, strokeWidth: 1.5, dash: [4, 3] }, extra: [] };
  return { own: { stroke: LINE, strokeWidth: 1 }, extra: [] };
}

/** A cell's rectangle (fill and own outline) followed by its extra rings. */
function framed(x: number, y: number, s: number, r: number, fill: string | null, role: GridRole | "pending" | undefined, cell?: SceneRect["cell"]): SceneRect[] {
  const { own, extra } = outlineOf(s, role);
  return [
    { kind: "rect", x, y, w: s, h: s, r, fill, ...own, cell },
    ...extra.map(({ dx, outline }): SceneRect => ({
      kind: "rect",
      x: x - dx,
      y: y - dx,
      w: s + 2 * dx,
      h: s + 2 * dx,
      r: Math.max(0, r + dx),
      fill: null,
      ...outline,
    })),
  ];
}

export function swatch(x: number, y: number, s: number, kind: GridRole | "pending"): SceneRect[] {
  const fill = kind === "read" ? HIGHLIGHT.readBg : kind === "written" ? HIGHLIGHT.writtenBg : null;
  return framed(x, y, s, 4, fill, kind);
}

export function drawPlane(shapes: SceneShape[], p: Plane, x0: number, y0: number, cell: number, gap: number, inset: number, roles: Map<number, GridRole>) {
  const w = p.cols * cell + (p.cols - 1) * gap + 2 * inset;
  const h = p.rows * cell + (p.rows - 1) * gap + 2 * inset;
  shapes.push({ kind: "rect", x: x0, y: y0, w, h, r: Math.min(10, inset + 4), fill: "#f8fafc", stroke: "#e2e8f0", strokeWidth: 1 });
  const radius = Math.min(7, cell * 0.16);
  for (let r = 0; r < p.rows; r++) {
    for (let c = 0; c < p.cols; c++) {
      const i = p.offset + r * p.cols + c;
      const v = p.values[i];
      const role = roles.get(i);
      const pending = Number.isNaN(v);
      const x = x0 + inset + c * (cell + gap);
      const y = y0 + inset + r * (cell + gap);
      const fill = role === "read" ? HIGHLIGHT.readBg : role === "written" ? HIGHLIGHT.writtenBg : pending ? null : p.fill(v);
      const at = { grid: p.grid, plane: p.plane, r, c };
      shapes.push(...framed(x, y, cell, radius, fill, role ?? (pending ? "pending" : undefined), { ...at, role, pending: pending || undefined }));
      const label = formatNumber(v);
      if (label && cell >= TEXT_MIN_CELL) {
        const size = Math.min(cell * 0.4, (cell * 0.92) / (0.6 * label.length));
        shapes.push({ kind: "text", x: x + cell / 2, y: y + cell / 2, text: label, size, weight: 600, color: inkOn(fill ?? "#ffffff"), anchor: "middle", cell: at });
      }
    }
  }
}

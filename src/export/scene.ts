import type { Mode } from "../core";
import { valueFill, type Fill } from "../format/colors";
import { drawPlane, swatch } from "./sceneCells";
import type { GridRole, Plane, Scene, SceneGridName, SceneShape, SceneText } from "./sceneShapes";

/**
 * The exported picture of one step, as plain shapes: the input, kernel and output grids with their
 * values and the step's highlights, a title and a caption. One pure layout feeds both renderers,
 * the SVG writer (svg.ts) and the canvas painter of the GIF worker (drawScene.ts), so the three
 * exports draw the same thing. No DOM here: this module runs in the worker too.
 */

/** Texts of a scene, already in the person's language (built on the main thread from i18n). */
export interface SceneLabels {
  title: string;
  /** Column captions, e.g. "Input y · 2×2". */
  input: string;
  kernel: string;
  output: string;
  /** Caption of one channel plane; `{c}` is replaced by the 1-based channel. */
  channel: string;
  /** The operator between input and kernel: ∗ (conv) or ∗ᵀ (transposed). */
  operator: string;
  legendRead: string;
  legendWritten: string;
  legendPending: string;
}

/** What stays the same from step to step: shapes, values and texts. Structured-clonable. */
export interface SceneSpec {
  mode: Mode;
  /** [C, H, W] of this direction's input and output, and PyTorch's [a, b, kH, kW] weight layout. */
  inShape: [number, number, number];
  outShape: [number, number, number];
  weightShape: [number, number, number, number];
  input: Float64Array;
  weight: Float64Array;
  /** The final output, so the output's colour scale stays put from frame to frame. */
  outputFinal: Float64Array;
  labels: SceneLabels;
  /** Whether output cells can be "not computed yet" (gather order), so the legend explains the dashed cell. */
  pending: boolean;
  /** The scene is at least this wide (a GIF keeps one size for all its frames). */
  minWidth?: number;
}

/** One step: the output as it stands (NaN: not computed yet) and the flat indices it touches. */
export interface SceneFrame {
  output: Float64Array;
  inputs: number[];
  kernel: number[];
  outputs: number[];
  caption: string;
}

/** The font stack of the app, with CJK faces before the generic fallback (for 简体中文 captions). */
export const SCENE_FONT =
  "Inter, 'Segoe UI', system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Liberation Sans', 'DejaVu Sans', sans-serif";

const INK = "#0f172a";
const MUTED = "#475569";
const PAD = 28;
const TITLE_SIZE = 19;
const HEAD_SIZE = 15;
const SUB_SIZE = 12;
const CAPTION_SIZE = 16;
const LEGEND_SIZE = 13;
const OP_W = 64;
const PLANE_GAP = 14;
/** Largest picture before cells shrink: wide enough for a slide, small enough for a fast GIF. */
const MAX_W = 1180;
const MAX_H = 720;
const MAX_CELL = 46;
const MIN_CELL = 6;

/**
 * Rough width of a text in pixels: CJK and full-width characters are 1 em, others about 0.6 em
 * (bold digits and Latin in the app's sans-serif). Only used to reserve room; never exact.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x2e80 ? 1 : ch === " " ? 0.3 : 0.6;
  }
  return em * size;
}

interface Column {
  head: string;
  /** Planes as rows of planes (the kernel is a·b planes, a rows of b). */
  rows: Plane[][];
}

function planesOf(grid: SceneGridName, count: number, rows: number, cols: number, values: Float64Array, fill: Fill, sub: (i: number) => string | null): Plane[] {
  return Array.from({ length: count }, (_, i) => ({ grid, plane: i, rows, cols, values, offset: i * rows * cols, fill, sub: sub(i) }));
}

/** Lays out one step. Pure: the same spec and frame always give the same shapes. */
export function sceneOf(spec: SceneSpec, frame: SceneFrame): Scene {
  const { labels } = spec;
  const [inC, inH, inW] = spec.inShape;
  const [outC, outH, outW] = spec.outShape;
  const [a, b, kH, kW] = spec.weightShape;
  const channel = (c: number) => labels.channel.replace("{c}", String(c + 1));
  const columns: Column[] = [
    {
      head: labels.input,
      rows: planesOf("input", inC, inH, inW, spec.input, valueFill(spec.input), (i) => (inC > 1 ? channel(i) : null)).map((p) => [p]),
    },
    {
      head: labels.kernel,
      rows: Array.from({ length: a }, (_, i) =>
        planesOf("kernel", a * b, kH, kW, spec.weight, valueFill(spec.weight), (j) => (a * b > 1 ? `[${Math.floor(j / b)}, ${j % b}]` : null)).slice(i * b, (i + 1) * b),
      ),
    },
    {
      head: labels.output,
      rows: planesOf("output", outC, outH, outW, frame.output, valueFill(spec.outputFinal), (i) => (outC > 1 ? channel(i) : null)).map((p) => [p]),
    },
  ];

  // The cell side: the largest that fits every column side by side and the tallest column.
  const hasSub = (col: Column) => col.rows.some((r) => r.some((p) => p.sub));
  const cellsW = inW + b * kW + outW;
  const cellsH = Math.max(inC * inH, a * kH, outC * outH);
  const planesH = Math.max(inC, a, outC);
  const fixedW = 2 * PAD + 2 * OP_W + (b - 1) * PLANE_GAP + 3 * 16;
  const fixedH = 2 * PAD + TITLE_SIZE + 24 + HEAD_SIZE + 14 + planesH * (PLANE_GAP + 16 + SUB_SIZE + 6) + CAPTION_SIZE + LEGEND_SIZE + 60;
  const fit = Math.min((MAX_W - fixedW) / (cellsW * 1.12), (MAX_H - fixedH) / (cellsH * 1.12));
  const cell = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(fit)));
  const gap = Math.max(1, Math.round(cell * 0.12));
  const inset = cell >= 16 ? 6 : 3;
  const side = (n: number) => n * cell + (n - 1) * gap + 2 * inset;
  const subH = (col: Column) => (hasSub(col) ? SUB_SIZE + 6 : 0);
  const planeW = (p: Plane) => side(p.cols);
  const rowW = (row: Plane[]) => row.reduce((w, p) => w + planeW(p), 0) + (row.length - 1) * PLANE_GAP;
  const colW = (col: Column) => Math.max(textWidth(col.head, HEAD_SIZE), ...col.rows.map(rowW));
  const colH = (col: Column) => col.rows.reduce((h, row) => h + subH(col) + side(row[0].rows), 0) + (col.rows.length - 1) * PLANE_GAP;

  const widths = columns.map(colW);
  const contentW = widths.reduce((s, w) => s + w, 0) + 2 * OP_W;
  const planesTop = PAD + TITLE_SIZE + 24 + HEAD_SIZE + 14;
  const bodyH = Math.max(...columns.map(colH));
  const captionY = planesTop + bodyH + 30;
  const legendY = captionY + CAPTION_SIZE + 16;
  const legend: [string, "read" | "written" | "pending"][] = [
    [labels.legendRead, "read"],
    [labels.legendWritten, "written"],
  ];
  if (spec.pending) legend.push([labels.legendPending, "pending"]);
  const legendW = legend.reduce((w, [text]) => w + 26 + textWidth(text, LEGEND_SIZE) + 22, 0);
  const innerW = Math.max(contentW, textWidth(labels.title, TITLE_SIZE), textWidth(frame.caption, CAPTION_SIZE), legendW);
  const width = Math.ceil(Math.max(innerW + 2 * PAD, spec.minWidth ?? 0));
  const height = Math.ceil(legendY + 18 + PAD);
  const shapes: SceneShape[] = [];
  const text = (x: number, y: number, value: string, size: number, weight: number, color: string, anchor: SceneText["anchor"] = "middle") =>
    shapes.push({ kind: "text", x, y, text: value, size, weight, color, anchor });

  text(width / 2, PAD + TITLE_SIZE / 2, labels.title, TITLE_SIZE, 700, INK);

  const roles: Record<SceneGridName, Map<number, GridRole>> = { input: new Map(), kernel: new Map(), output: new Map() };
  for (const i of frame.inputs) roles.input.set(i, "read");
  for (const i of frame.kernel) roles.kernel.set(i, "read");
  for (const i of frame.outputs) roles.output.set(i, "written");

  let x = (width - contentW) / 2;
  const middle = planesTop + bodyH / 2;
  columns.forEach((col, ci) => {
    const w = widths[ci];
    const cx = x + w / 2;
    text(cx, planesTop - 14 - HEAD_SIZE / 2, col.head, HEAD_SIZE, 600, INK);
    let y = planesTop + (bodyH - colH(col)) / 2;
    for (const row of col.rows) {
      let px = cx - rowW(row) / 2;
      for (const p of row) {
        if (p.sub) text(px + planeW(p) / 2, y + SUB_SIZE / 2, p.sub, SUB_SIZE, 500, MUTED);
        drawPlane(shapes, p, px, y + subH(col), cell, gap, inset, roles[p.grid]);
        px += planeW(p) + PLANE_GAP;
      }
      y += subH(col) + side(row[0].rows) + PLANE_GAP;
    }
    x += w;
    if (ci < 2) {
      text(x + OP_W / 2, middle, ci === 0 ? labels.operator : "=", 30, 400, "#5a6579");
      x += OP_W;
    }
  });

  text(width / 2, captionY, frame.caption, CAPTION_SIZE, 600, INK);
  let lx = (width - legendW) / 2;
  for (const [label, kind] of legend) {
    shapes.push(...swatch(lx, legendY - 9, 18, kind));
    text(lx + 26, legendY, label, LEGEND_SIZE, 500, MUTED, "start");
    lx += 26 + textWidth(label, LEGEND_SIZE) + 22;
  }
  return { width, height, background: "#ffffff", shapes };
}

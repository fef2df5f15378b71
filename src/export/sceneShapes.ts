import type { Fill } from "../format/colors";

/**
 * The vocabulary of an exported scene: rectangles and texts in pixels, and the grid planes that
 * scene.ts lays out and sceneCells.ts fills. Its own module so the layout and the cell painter
 * both read it without importing each other.
 */

export type GridRole = "read" | "written";
export type SceneGridName = "input" | "kernel" | "output";

export interface SceneRect {
  kind: "rect";
  x: number;
  y: number;
  w: number;
  h: number;
  /** Corner radius. */
  r: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  dash?: number[];
  /** Set on the rectangle of a grid cell (its value's text follows it). */
  cell?: { grid: SceneGridName; plane: number; r: number; c: number; role?: GridRole; pending?: boolean };
}

export interface SceneText {
  kind: "text";
  /** Anchor point; the text is centred vertically on y. */
  x: number;
  y: number;
  text: string;
  size: number;
  weight: number;
  color: string;
  anchor: "start" | "middle" | "end";
  /** Set on a grid cell's value. */
  cell?: { grid: SceneGridName; plane: number; r: number; c: number };
}

export type SceneShape = SceneRect | SceneText;

export interface Scene {
  width: number;
  height: number;
  background: string;
  shapes: SceneShape[];
}

export interface Plane {
  grid: SceneGridName;
  plane: number;
  rows: number;
  cols: number;
  values: Float64Array;
  offset: number;
  fill: Fill;
  sub: string | null;
}

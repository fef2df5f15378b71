import { UP_BORDER, UP_INSERTED_ZERO } from "../../core";
import type { Fill } from "../../format/colors";
import { MARK_READ, MARK_WRITTEN } from "../frames/marks";
import type { CellMark, CellRole } from "./Grid";

/**
 * One drawn plane (a channel of a map, or one kernel) as flat arrays built once per step and
 * focus: the DOM grid and the canvas read the same model, so both show the same thing.
 */
export interface PlaneModel {
  rows: number;
  cols: number;
  /** The whole tensor and where this plane starts: cell i holds values[offset + i] (NaN: not computed yet). */
  values: ArrayLike<number>;
  offset: number;
  fill: Fill;
  /** MARK_NONE / MARK_READ / MARK_WRITTEN per cell: what the current step does with it. */
  marks: Uint8Array;
  /** 1 where the cell is linked to the focused cell or weight. */
  linked: Uint8Array;
  /** UP_VALUE / UP_INSERTED_ZERO / UP_BORDER of an upsampled tensor (read at offset + i, like values), else null. */
  kinds: Uint8Array | null;
  /** Contributions received so far, and in all (scatter-add outputs), else null. */
  counts: Int32Array | null;
  totals: Int32Array | null;
}

export function roleOf(mark: number): CellRole | undefined {
  return mark === MARK_READ ? "read" : mark === MARK_WRITTEN ? "written" : undefined;
}

export function kindMark(kind: number): CellMark | undefined {
  return kind === UP_INSERTED_ZERO ? "inserted" : kind === UP_BORDER ? "border" : undefined;
}

/** Number of cells with a non-zero entry (active or linked cells, for a canvas's summary). */
export function countSet(a: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i]) n++;
  return n;
}

import { useEffect, useRef } from "react";
import type { Exploration } from "../../core";
import { indexesOf } from "../../model/indexes";
import type { Moment } from "../../model/moment";
import type { Renderer } from "./useCanvasRenderer";
import { centerOn, visibleRange } from "./viewport";

/**
 * "Follow the step": when a new step's row or column (or, for a column, its first entry's row) is
 * off screen, pan it to the centre along that axis, keeping the zoom. Runs when the step changes
 * (and once the canvas is first measured), so a person who pans away is not pulled back by a hover.
 */
export function useFollowStep(r: Renderer, e: Exploration, moment: Moment, follow: boolean): void {
  const renderer = useRef(r);
  renderer.current = r;
  useEffect(() => {
    const rd = renderer.current;
    if (!follow || (moment.entries.length === 0 && moment.row < 0 && moment.col < 0)) return;
    const ext = rd.extent();
    if (ext.width <= 0 || ext.height <= 0) return;
    const first = moment.entries.find((i) => i >= 0) ?? -1;
    const row = moment.row >= 0 ? moment.row : first >= 0 ? indexesOf(e).entryRow[first] : -1;
    const col = moment.col >= 0 ? moment.col : first >= 0 ? e.matrix.colIdx[first] : -1;
    const v = rd.view();
    const vr = visibleRange(v, ext);
    const rowOff = row >= 0 && (row < vr.r0 || row >= vr.r1 - 1);
    const colOff = col >= 0 && (col < vr.c0 || col >= vr.c1 - 1);
    if (!rowOff && !colOff) return;
    const here = { row: (ext.height / 2 - v.ty) / v.k - 0.5, col: (ext.width / 2 - v.tx) / v.k - 0.5 };
    rd.setView(centerOn(v, ext, rowOff ? row : here.row, colOff ? col : here.col), false);
  }, [e, moment, follow, r.width]);
}

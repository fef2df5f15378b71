import { useCallback, useMemo, useRef } from "react";
import type { Exploration, ExploreParams } from "../../core";
import { useAppStoreApi } from "../../store";
import { linkedTo, type Focus, type Linked } from "../../model/focus";
import { momentOf, type Moment } from "../../model/moment";
import { useDrawn } from "../useDrawn";
import { sidesOf, type Symbols } from "../../model/sides";

/** What the pointer (or the keyboard cursor) is on, in either renderer. */
export type Pointed =
  | { kind: "entry"; row: number; col: number; entry: number }
  | { kind: "zero"; row: number; col: number }
  | { kind: "row"; row: number }
  | { kind: "col"; col: number };

/**
 * The linking rule, one place for both renderers:
 * - a stored entry focuses its kernel weight (every entry carrying it lights up, and in the grids
 *   every input→output pair it links);
 * - a row header or a vec(output) cell focuses that output cell;
 * - a column header or a vec(input) cell focuses that input cell;
 * - a structural zero focuses nothing: no weight links that input to that output.
 */
export function focusFor(e: Exploration, p: Pointed | null): Focus | null {
  if (!p) return null;
  switch (p.kind) {
    case "entry":
      return { kind: "kernel", index: e.matrix.kernelIdx[p.entry] };
    case "row":
      return { kind: "output", index: p.row };
    case "col":
      return { kind: "input", index: p.col };
    case "zero":
      return null;
  }
}

/** The step's highlights and the focus's links, as flat lookups both renderers read in O(1). */
export interface Highlights {
  moment: Moment;
  linked: Linked;
  /** Entries of the matrix this step multiplies. */
  active: ReadonlySet<number>;
  linkedEntries: ReadonlySet<number>;
  activeInputs: ReadonlySet<number>;
  activeOutputs: ReadonlySet<number>;
}

export interface MatrixModel {
  exploration: Exploration;
  explored: ExploreParams;
  symbols: Symbols;
  inShape: [number, number, number];
  outShape: [number, number, number];
  hl: Highlights;
  focus: Focus | null;
  /** Applies the linking rule: sets the store's focus (or clears it) for what is pointed at. */
  point: (p: Pointed | null) => void;
}

/** Reads the store once for both renderers: the result, this step's moment and the focus's links. */
export function useMatrixModel(): MatrixModel | null {
  const api = useAppStoreApi();
  const { exploration, explored, step, granularity, focus } = useDrawn();
  const moment = useMemo(() => (exploration ? momentOf(exploration, granularity, step) : null), [exploration, granularity, step]);
  const linked = useMemo(() => (exploration ? linkedTo(exploration, focus) : null), [exploration, focus]);
  const hl = useMemo<Highlights | null>(() => {
    if (!moment || !linked) return null;
    return {
      moment,
      linked,
      active: new Set(moment.entries),
      linkedEntries: new Set(linked.entries),
      activeInputs: new Set(moment.inputs),
      activeOutputs: new Set(moment.outputs),
    };
  }, [moment, linked]);
  // The last focus this view set, so leaving the matrix clears only our own focus, never a grid's.
  const ours = useRef<Focus | null>(null);
  const point = useCallback(
    (p: Pointed | null) => {
      const s = api.getState();
      if (!exploration) return;
      const next = focusFor(exploration, p); // the matrix on screen, which may be a result behind the store's
      const current = s.focus;
      if (next === null) {
        if (current && current === ours.current) s.setFocus(null);
        ours.current = null;
        return;
      }
      if (current && current.kind === next.kind && current.index === next.index) {
        ours.current = current;
        return;
      }
      ours.current = next;
      s.setFocus(next);
    },
    [api, exploration],
  );
  // Stable per result, so memoized rows keep their props from step to step.
  const names = useMemo(() => {
    if (!exploration) return null;
    const sides = sidesOf(exploration.mode, exploration.geometry);
    return { symbols: sides.symbols, inShape: sides.input, outShape: sides.output };
  }, [exploration]);
  return useMemo(
    () => (!exploration || !explored || !hl || !names || exploration.mode !== explored.mode ? null : { exploration, explored, ...names, hl, focus, point }),
    [exploration, explored, hl, names, focus, point],
  );
}

import { memo, useCallback, useLayoutEffect, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { gridKey } from "./gridKey";
import { spreadRows } from "./spreadRows";

/** Names tests read grids by (`data-grid`); views add names as they add grids. */
export type GridName =
  | "input"
  | "kernel"
  | "output"
  | "original"
  | "contribution"
  | "upsampled"
  | "rotated"
  | "zero-output"
  | (string & {});

/** How the current step involves a cell: read from, or written to. */
export type CellRole = "read" | "written";

/** What an upsampled or contribution cell stands for besides a value (drawn with a pattern, not only a colour). */
export type CellMark = "inserted" | "border" | "cropped";

export interface GridCell {
  /** The value as shown; "" for a cell not computed yet. */
  text: string;
  role?: CellRole;
  /** Not computed yet: drawn empty with a dashed outline. */
  pending?: boolean;
  fill?: string;
  ink?: string;
  /** Linked to the cell under the pointer or keyboard focus, drawn dashed; independent of the step. */
  linked?: boolean;
  /** A corner badge (e.g. contributions received), outside the value's text. */
  badge?: string;
  mark?: CellMark;
  aria: string;
  title?: string;
}

export interface GridProps {
  name: GridName;
  /** The caption, e.g. "Input x · 4×4". */
  caption: ReactNode;
  ariaLabel: string;
  rows: number;
  cols: number;
  cell: (r: number, c: number) => GridCell;
  size?: "lg" | "sm";
  /** Cell side in CSS pixels; the stylesheet's size when omitted. */
  cellPx?: number;
  /** The pointer or the keyboard focus is on cell (r, c). */
  onHover?: (r: number, c: number) => void;
  /** The pointer left the grid, or the keyboard focus did. */
  onLeave?: () => void;
  /** A click (or Enter on a focused cell) asks to edit or inspect cell (r, c). */
  onCellActivate?: (r: number, c: number) => void;
  /** An inline editor drawn in place of cell (r, c) while it is open. */
  editor?: { r: number; c: number; node: ReactNode } | null;
}

/** Below this cell side the numbers are too small to read: they stay in the DOM but are not drawn. */
export const TINY_CELL_PX = 18;

/** How a cell looks: the props that follow the model (the grid commits a big change of them over a few frames). */
interface CellLook {
  text: string;
  state: string;
  active: boolean;
  linked: boolean;
  fill: string | undefined;
  ink: string | undefined;
  badge: string | undefined;
  mark: CellMark | undefined;
  aria: string;
  title: string | undefined;
}

function sameLook(a: CellLook, b: CellLook): boolean {
  return (
    a.text === b.text &&
    a.state === b.state &&
    a.active === b.active &&
    a.linked === b.linked &&
    a.fill === b.fill &&
    a.ink === b.ink &&
    a.badge === b.badge &&
    a.mark === b.mark &&
    a.aria === b.aria &&
    a.title === b.title
  );
}

function lookOf(g: GridCell): CellLook {
  const plain = !g.pending && !g.role;
  return {
    text: g.text,
    state: g.role ?? (g.pending ? "pending" : "done"),
    active: g.role !== undefined,
    linked: g.linked === true,
    fill: plain ? g.fill : undefined,
    ink: plain ? g.ink : undefined,
    badge: g.badge,
    mark: g.mark,
    aria: g.aria,
    title: g.title,
  };
}

interface CellProps extends CellLook {
  name: GridName;
  r: number;
  c: number;
  i: number;
  tabbable: boolean;
  editor: ReactNode;
}

/** One cell; memoized on primitive props, so a step re-renders only the cells whose look changed. */
const Cell = memo(function Cell(p: CellProps) {
  return (
    <div className="cell-slot" role="gridcell" data-i={p.i} aria-label={p.aria} title={p.title} tabIndex={p.tabbable ? 0 : -1}>
      {p.editor ?? (
        <div
          className="cell"
          data-grid={p.name}
          data-r={p.r}
          data-c={p.c}
          data-active={p.active ? "true" : undefined}
          data-state={p.state}
          data-linked={p.linked ? "true" : undefined}
          data-mark={p.mark}
          style={p.fill ? { background: p.fill, color: p.ink } : undefined}
        >
          {p.text}
        </div>
      )}
      {/* A space keeps the value and the badge two words ("18 1", not "181") for tools that read the visible text. */}
      {p.badge ? " " : null}
      {p.badge ? (
        <span className="cell-badge" aria-hidden="true">
          {p.badge}
        </span>
      ) : null}
    </div>
  );
});

/** The slot (r, c) an event happened in, read from its data-i, or null outside any cell. */
function slotOf(target: EventTarget | null, cols: number): { el: HTMLElement; r: number; c: number } | null {
  const el = target instanceof Element ? target.closest<HTMLElement>("[data-i]") : null;
  if (!el) return null;
  const i = Number(el.dataset.i);
  return { el, r: Math.floor(i / cols), c: i % cols };
}

/**
 * A grid of numbers. The testing contract lives here: every cell is an element with data-grid,
 * data-r, data-c (0-based), its value as its only text, and data-active="true" exactly while the
 * current step reads or writes it. Pointer and keyboard share one path: hovering a cell or
 * focusing it (Tab enters the grid, arrow keys move, a roving tabindex) calls onHover; Enter or
 * a click calls onCellActivate. Handlers are delegated to the grid, so cells carry no closures.
 * A change of more than CELLS_PER_FRAME cells (spreadRows) reaches the DOM a few rows per frame:
 * on a 32×32 grid the contract holds again within four frames, and a step's few cells at once.
 */
export function Grid(props: GridProps) {
  const { name, caption, ariaLabel, rows, cols, cell, size = "lg", cellPx, onHover, onLeave, onCellActivate, editor } = props;
  const [cursor, setCursor] = useState(0);
  const last = useRef(-1);
  const tabbable = cursor < rows * cols ? cursor : 0;

  const point = useCallback(
    (r: number, c: number) => {
      const i = r * cols + c;
      if (i === last.current) return;
      last.current = i;
      onHover?.(r, c);
    },
    [cols, onHover],
  );
  const leave = useCallback(() => {
    last.current = -1;
    onLeave?.();
  }, [onLeave]);

  const onMouseOver = (e: MouseEvent) => {
    const slot = slotOf(e.target, cols);
    if (slot) point(slot.r, slot.c);
  };
  const onClick = (e: MouseEvent) => {
    const slot = slotOf(e.target, cols);
    if (slot && onCellActivate && !(editor && editor.r === slot.r && editor.c === slot.c)) onCellActivate(slot.r, slot.c);
  };
  const onFocus = (e: FocusEvent) => {
    const slot = slotOf(e.target, cols);
    if (!slot || e.target !== slot.el) return;
    setCursor(slot.r * cols + slot.c);
    point(slot.r, slot.c);
  };
  const onBlur = (e: FocusEvent) => {
    if (!(e.relatedTarget instanceof Node) || !e.currentTarget.contains(e.relatedTarget)) leave();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const slot = slotOf(e.target, cols);
    if (!slot || e.target !== slot.el) return;
    const action = gridKey(e, slot.r, slot.c, rows, cols);
    if (action?.kind === "activate") {
      if (onCellActivate) {
        e.preventDefault();
        onCellActivate(slot.r, slot.c);
      }
      return;
    }
    if (!action) return;
    e.preventDefault(); // the arrows move inside the grid; the player's ← → shortcuts skip prevented keys
    const next = e.currentTarget.querySelector<HTMLElement>(`[data-i="${action.r * cols + action.c}"]`);
    next?.focus();
  };

  // What each cell should show, then what it shows this frame: a big change goes a few rows a frame.
  const wanted: CellLook[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) wanted.push(lookOf(cell(r, c)));
  const shown = useRef<readonly CellLook[] | null>(null);
  const { next: looks, pending } = spreadRows(shown.current, wanted, cols, sameLook);
  const [, advance] = useState(0);
  useLayoutEffect(() => {
    shown.current = looks;
    if (!pending) return;
    const later = typeof requestAnimationFrame === "function" ? requestAnimationFrame : (cb: () => void) => window.setTimeout(cb, 16);
    const cancel = typeof cancelAnimationFrame === "function" ? cancelAnimationFrame : window.clearTimeout;
    // Asked in the next frame, so the rows committed now are drawn before the next rows commit.
    const id = later(() => advance((n) => n + 1));
    return () => cancel(id);
  });

  const rowNodes: ReactNode[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: ReactNode[] = [];
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      cells.push(
        <Cell
          key={c}
          name={name}
          r={r}
          c={c}
          i={i}
          {...looks[i]}
          tabbable={i === tabbable}
          editor={editor && editor.r === r && editor.c === c ? editor.node : null}
        />,
      );
    }
    rowNodes.push(
      <div className="grid-row" role="row" key={r}>
        {cells}
      </div>,
    );
  }
  const style = cellPx ? ({ "--cell": `${cellPx}px`, "--cell-gap": `${cellGap(cellPx)}px` } as CSSProperties) : undefined;
  const tiny = cellPx !== undefined && cellPx < TINY_CELL_PX;
  return (
    <figure className={`grid-figure grid-${size}${tiny ? " grid-tiny" : ""}`} data-grid-name={name} style={style}>
      <figcaption className="grid-caption">{caption}</figcaption>
      <div
        className="grid"
        role="grid"
        aria-label={ariaLabel}
        onMouseOver={onHover ? onMouseOver : undefined}
        onMouseLeave={onLeave ? leave : undefined}
        onClick={onCellActivate ? onClick : undefined}
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      >
        {rowNodes}
      </div>
    </figure>
  );
}


/** The gap between cells for a cell side: a sixth of it, between 1 and 6 pixels. */
export function cellGap(cellPx: number): number {
  return Math.max(1, Math.min(6, Math.round(cellPx / 7)));
}

import { memo, type ReactNode } from "react";

/** Names tests read grids by (`data-grid`); views add names as they add grids. */
export type GridName = "input" | "kernel" | "output" | "original" | "contribution";

/** How the current step involves a cell: read from, or written to. */
export type CellRole = "read" | "written";

export interface GridCell {
  /** The value as shown; "" for a cell not computed yet. */
  text: string;
  role?: CellRole;
  /** Not computed yet: drawn empty with a dashed outline. */
  pending?: boolean;
  fill?: string;
  ink?: string;
  /** Linked to the cell under the pointer (hover), drawn dashed; independent of the step. */
  linked?: boolean;
  /** A corner badge (e.g. contributions received), outside the value's text. */
  badge?: string;
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
  onHover?: (r: number, c: number) => void;
  onLeave?: () => void;
  /** A click (or Enter on a focused cell) asks to edit or inspect cell (r, c). */
  onCellActivate?: (r: number, c: number) => void;
  /** An inline editor drawn in place of cell (r, c) while it is open. */
  editor?: { r: number; c: number; node: ReactNode } | null;
}

/**
 * A grid of numbers. The testing contract lives here: every cell is an element with data-grid,
 * data-r, data-c (0-based), its value as its only text, and data-active="true" exactly while the
 * current step reads or writes it.
 */
export const Grid = memo(function Grid(props: GridProps) {
  const { name, caption, ariaLabel, rows, cols, cell, size = "lg", onHover, onLeave, onCellActivate, editor } = props;
  const rowNodes: ReactNode[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: ReactNode[] = [];
    for (let c = 0; c < cols; c++) {
      const g = cell(r, c);
      const state = g.role ?? (g.pending ? "pending" : "done");
      cells.push(
        <div
          className="cell-slot"
          key={c}
          role="cell"
          aria-label={g.aria}
          title={g.title}
          onMouseEnter={onHover ? () => onHover(r, c) : undefined}
          onClick={onCellActivate ? () => onCellActivate(r, c) : undefined}
        >
          {editor && editor.r === r && editor.c === c ? editor.node : <div
            className="cell"
            data-grid={name}
            data-r={r}
            data-c={c}
            data-active={g.role ? "true" : undefined}
            data-state={state}
            data-linked={g.linked ? "true" : undefined}
            style={g.fill && !g.pending && !g.role ? { background: g.fill, color: g.ink } : undefined}
          >
            {g.text}
          </div>}
          {g.badge ? (
            <span className="cell-badge" aria-hidden="true">
              {g.badge}
            </span>
          ) : null}
        </div>,
      );
    }
    rowNodes.push(
      <div className="grid-row" role="row" key={r}>
        {cells}
      </div>,
    );
  }
  return (
    <figure className={`grid-figure grid-${size}`} data-grid-name={name}>
      <figcaption className="grid-caption">{caption}</figcaption>
      <div className="grid" role="table" aria-label={ariaLabel} onMouseLeave={onLeave}>
        {rowNodes}
      </div>
    </figure>
  );
});

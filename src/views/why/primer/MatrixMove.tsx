import { useId } from "react";

/** One entry of a matrix, where it sits before the move; it sits at (c, r) after. */
export interface MovingEntry {
  key: string;
  r: number;
  c: number;
  text: string;
  /** Colour group: the row it starts in, so the row is seen becoming a column. */
  group: number;
  label: string;
}

/** Okabe–Ito: colour-blind-safe, and dark text stays readable on each (≥ 5:1). */
export const ROW_COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7"] as const;

export interface MatrixMoveProps {
  rows: number;
  cols: number;
  entries: MovingEntry[];
  transposed: boolean;
  cell: number;
  /** data-matrix, for tests and browser checks. */
  id: string;
  ariaLabel: string;
  /** Text size inside a cell, in px. */
  fontSize: number;
}

/**
 * A matrix that moves into its transpose: every entry is one SVG group whose CSS transform glides
 * from (r, c) to (c, r), so the eye can follow it; the stylesheet turns transitions off under
 * prefers-reduced-motion and the move becomes a jump. The frame (the faint grid) takes the new
 * shape, and the box around it grows or shrinks to the new height with the move, so a wide matrix
 * does not reserve the room its tall transpose needs. Entries are staggered by their column so
 * rows visibly turn into columns.
 */
export function MatrixMove(props: MatrixMoveProps) {
  const { rows, cols, entries, transposed, cell, fontSize } = props;
  const titleId = useId();
  const shownRows = transposed ? cols : rows;
  const shownCols = transposed ? rows : cols;
  const side = Math.max(rows, cols) * cell;
  const gridLines = [];
  for (let r = 0; r <= shownRows; r++)
    gridLines.push(<line key={`h${r}`} x1={0} x2={shownCols * cell} y1={r * cell} y2={r * cell} />);
  for (let c = 0; c <= shownCols; c++)
    gridLines.push(<line key={`v${c}`} x1={c * cell} x2={c * cell} y1={0} y2={shownRows * cell} />);
  return (
    <div className="matrix-move-frame" style={{ width: side + 4, height: shownRows * cell + 4 }}>
      <svg
        className="matrix-move"
        data-matrix={props.id}
        data-shape={`${shownRows}x${shownCols}`}
        viewBox={`-2 -2 ${side + 4} ${side + 4}`}
        width={side + 4}
        height={side + 4}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{props.ariaLabel}</title>
        <g className="mm-grid">{gridLines}</g>
        {entries.map((e) => {
          const r = transposed ? e.c : e.r;
          const c = transposed ? e.r : e.c;
          return (
            <g
              key={e.key}
              className="mm-entry"
              data-entry={e.key}
              data-r={r}
              data-c={c}
              style={{ transform: `translate(${c * cell}px, ${r * cell}px)`, transitionDelay: `${Math.round((e.c / Math.max(1, cols - 1)) * 300)}ms` }}
            >
              <rect x={1.5} y={1.5} width={cell - 3} height={cell - 3} rx={4} fill={ROW_COLOURS[e.group % ROW_COLOURS.length]} />
              <text x={cell / 2} y={cell / 2} dy="0.35em" textAnchor="middle" fontSize={fontSize}>
                {e.text}
              </text>
              <title>{e.label}</title>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

import type { TableGeometry } from "./tableSize";

/**
 * A translucent band over one row or column of the matrix (the step's, or the focus's): one
 * absolutely placed element moved per step, drawn above plain cells and below highlighted ones,
 * instead of an attribute on every cell of the line (a column band would touch every row).
 */
export function Band(props: { kind: "row" | "col" | "focus"; axis: "row" | "col"; i: number; g: TableGeometry }) {
  const { kind, axis, i, g } = props;
  if (i < 0) return null;
  const style =
    axis === "row"
      ? { left: g.x0 - 1, top: i * (g.ch + g.gap) - 1, width: g.width + 2, height: g.ch + 2 }
      : { left: g.x0 + i * (g.cw + g.gap) - 1, top: -1, width: g.cw + 2, height: g.height + 2 };
  return <div className="mx-band" data-band={kind} data-axis={axis} data-i={i} aria-hidden="true" style={style} />;
}

/** The brackets around the matrix and vec(output), and the "=" between them. */
export function Brackets({ g }: { g: TableGeometry }) {
  return (
    <>
      <div className="mx-bracket" aria-hidden="true" style={{ left: g.x0 - 5, top: -3, width: g.width + 10, height: g.height + 6 }} />
      <div className="mx-bracket" aria-hidden="true" style={{ left: g.xOut - 5, top: -3, width: g.outW + 10, height: g.height + 6 }} />
      <div className="mx-equals" aria-hidden="true" style={{ left: g.xEq, top: 0, width: 24, height: g.height }}>
        =
      </div>
    </>
  );
}

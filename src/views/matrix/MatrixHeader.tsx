import { memo } from "react";
import { inkOn } from "../../format/colors";
import { formatNumber } from "../../format/number";
import type { Symbols } from "../../model/sides";
import type { RowContext } from "./MatrixRow";
import { navId } from "./tableNav";

export interface HeaderProps {
  ctx: RowContext;
  symbols: Symbols;
  input: Float64Array;
  inFill: (v: number) => string;
  vertical: boolean;
  /** Left of column 0 and width of the matrix (px), for the bracket around vec(input). */
  x0: number;
  width: number;
  colBand: number;
  activeKey: string;
  linkedKey: string;
  cursor: number | null;
}

/** The column labels, and vec(input) laid along the columns: one value above each column it multiplies. */
export const MatrixHeader = memo(function MatrixHeader(p: HeaderProps) {
  const { ctx, symbols } = p;
  const active = new Set(p.activeKey ? p.activeKey.split(",").map(Number) : []);
  const linked = new Set(p.linkedKey ? p.linkedKey.split(",").map(Number) : []);
  const heads = [];
  const vec = [];
  for (let c = 0; c < ctx.cols; c++) {
    const name = ctx.inName(c);
    const v = p.input[c];
    const text = formatNumber(v);
    const bg = p.inFill(v);
    const on = active.has(c);
    heads.push(
      <div
        key={c}
        role="columnheader"
        className={`mx-head mx-colhead${p.vertical ? " vertical" : ""}`}
        data-pk="col"
        data-i={c}
        data-band={c === p.colBand ? "col" : undefined}
        data-linked={linked.has(c) ? "true" : undefined}
        title={ctx.t("matrix.colTitle", { c, cell: name })}
      >
        <span>{name}</span>
      </div>,
    );
    vec.push(
      <div
        key={c}
        role="gridcell"
        className="mx-vec mx-in"
        data-grid="vec-in"
        data-r={c}
        data-c={0}
        data-pk="col"
        data-i={c}
        data-active={on ? "true" : undefined}
        data-state={on ? "read" : "done"}
        data-linked={linked.has(c) ? "true" : undefined}
        data-nav={navId({ r: -1, c })}
        tabIndex={p.cursor === c ? 0 : -1}
        aria-label={ctx.t("matrix.colAria", { c, cell: name, value: text })}
        title={`${name} = ${text}`}
        style={on ? undefined : { backgroundColor: bg, color: inkOn(bg) }}
      >
        {text}
      </div>,
    );
  }
  return (
    <>
      <div role="row" className="mx-line mx-headline">
        <div className="mx-corner" aria-hidden="true">
          <var className="sym">{symbols.matrix}</var>
        </div>
        {heads}
        <div className="mx-eqcell" aria-hidden="true" />
        <div className="mx-veclabel mx-outlabel" aria-hidden="true">
          vec(<var className="sym">{symbols.output}</var>)
        </div>
      </div>
      <div role="row" className="mx-line mx-inline">
        <div className="mx-veclabel" aria-hidden="true">
          vec(<var className="sym">{symbols.input}</var>)
        </div>
        {vec}
        <div className="mx-bracket" aria-hidden="true" style={{ left: p.x0 - 5, width: p.width + 10 }} />
      </div>
    </>
  );
});

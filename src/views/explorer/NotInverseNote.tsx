import { memo } from "react";
import type { Tensor } from "../../core";
import { inkOn, valueFill } from "../../format/colors";
import { formatNumber } from "../../format/number";
import { Grid, type GridCell } from "../grid/Grid";
import { GridCaption } from "../grid/GridCaption";
import { useT } from "../useT";

/** Largest original drawn beside x′: beyond it the row would shrink x′'s cells below reading size. */
export const ORIGINAL_MAX = 16;

/**
 * The original x (its first channel) that this transposed convolution's input came from, drawn
 * at x′'s cell size beside it, so the two read as "x′ ≠ x" on one line.
 */
export const OriginalGrid = memo(function OriginalGrid({ original, cellPx }: { original: Tensor; cellPx: number }) {
  const t = useT();
  const [, h, w] = original.shape;
  const plane = original.data.subarray(0, h * w);
  const fill = valueFill(plane);
  const cell = (r: number, c: number): GridCell => {
    const v = plane[r * w + c];
    const text = formatNumber(v);
    const bg = fill(v);
    return { text, fill: bg, ink: inkOn(bg), aria: t("grid.cellAria", { symbol: "x", r, c, value: text }) };
  };
  return (
    <Grid
        name="original"
        cellPx={cellPx}
        caption={<GridCaption name={t("grid.original")} symbol="x" shape={t("grid.shape", { rows: h, cols: w })} />}
        ariaLabel={t("grid.aria", { name: t("grid.original"), symbol: "x", rows: h, cols: w })}
        rows={h}
        cols={w}
        cell={cell}
      />
  );
});

/**
 * Says plainly that x′ is not x, right under the row that shows them side by side (when this
 * transposed convolution was reached by reversing a convolution; otherwise there is no x).
 */
export const NotInverseNote = memo(function NotInverseNote() {
  const t = useT();
  return (
    <aside className="note inverse-note" aria-labelledby="inverse-title" data-testid="not-inverse">
      <h2 id="inverse-title">{t("inverse.title", { outSymbol: "x′", inSymbol: "x" })}</h2>
      <p>{t("inverse.body", { outSymbol: "x′", inSymbol: "x" })}</p>
    </aside>
  );
});

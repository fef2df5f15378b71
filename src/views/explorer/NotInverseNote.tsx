import { memo } from "react";
import type { Tensor } from "../../core";
import { inkOn, valueFill } from "../colors";
import { formatNumber } from "../format";
import { Grid, type GridCell } from "../grid/Grid";
import { GridCaption } from "../grid/GridCaption";
import { useT } from "../useT";

/**
 * Says plainly that x′ is not x, next to the original x (its first channel) for comparison when
 * this transposed convolution was reached by reversing a convolution (otherwise there is no x).
 */
export const NotInverseNote = memo(function NotInverseNote({ original }: { original: Tensor | null }) {
  const t = useT();
  const [, h, w] = original?.shape ?? [0, 0, 0];
  const plane = original?.data.subarray(0, h * w);
  const fill = plane ? valueFill(plane) : null;
  const cell = (r: number, c: number): GridCell => {
    const v = plane ? plane[r * w + c] : Number.NaN;
    const text = formatNumber(v);
    const bg = fill ? fill(v) : "transparent";
    return { text, fill: bg, ink: inkOn(bg), aria: t("grid.cellAria", { symbol: "x", r, c, value: text }) };
  };
  return (
    <aside className="panel note" aria-labelledby="inverse-title" data-testid="not-inverse">
      <div className="note-text">
        <h2 id="inverse-title">{t("inverse.title", { outSymbol: "x′", inSymbol: "x" })}</h2>
        <p>{t("inverse.body", { outSymbol: "x′", inSymbol: "x" })}</p>
      </div>
      {original && plane && h <= 16 && w <= 16 ? (
        <Grid
          name="original"
          size="sm"
          caption={<GridCaption name={t("grid.original")} symbol="x" shape={t("grid.shape", { rows: h, cols: w })} />}
          ariaLabel={t("grid.aria", { name: t("grid.original"), symbol: "x", rows: h, cols: w })}
          rows={h}
          cols={w}
          cell={cell}
        />
      ) : null}
    </aside>
  );
});

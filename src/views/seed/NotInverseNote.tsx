import type { Tensor } from "../../core";
import { valueFill } from "../colors";
import { Grid } from "../grid/Grid";
import { GridCaption } from "../grid/GridCaption";
import { planeCell } from "../grid/planeCells";
import { useT } from "../useT";

/**
 * Says plainly that x′ is not x, next to the original x for comparison when this transposed
 * convolution was reached by reversing a convolution (otherwise there is no x to show).
 */
export function NotInverseNote({ original }: { original: Tensor | null }) {
  const t = useT();
  const [, h, w] = original?.shape ?? [0, 0, 0];
  const plane = original?.data.subarray(0, h * w);
  return (
    <aside className="panel note" aria-labelledby="inverse-title" data-testid="not-inverse">
      <div className="note-text">
        <h2 id="inverse-title">{t("inverse.title", { outSymbol: "x′", inSymbol: "x" })}</h2>
        <p>{t("inverse.body", { outSymbol: "x′", inSymbol: "x" })}</p>
      </div>
      {original && plane && (
      <Grid
        name="original"
        size="sm"
        caption={<GridCaption name={t("grid.original")} symbol="x" shape={t("grid.shape", { rows: h, cols: w })} />}
        ariaLabel={t("grid.aria", { name: t("grid.original"), symbol: "x", rows: h, cols: w })}
        rows={h}
        cols={w}
        cell={planeCell(t, "x", plane, w, valueFill(plane), () => undefined)}
      />
      )}
    </aside>
  );
}

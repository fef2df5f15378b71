import type { ReactNode } from "react";
import { inkOn, valueFill } from "../../format/colors";
import { formatNumber } from "../../format/number";
import type { ScatterSum } from "../frames/terms";
import { Grid, type GridCell } from "../grid/Grid";
import { GridCaption } from "../grid/GridCaption";
import { useT } from "../useT";

/**
 * A scatter step written out: y[r,c] × w = the block added into x′'s footprint, for the shown
 * output channel's kernel. Contributions that padding crops away are computed and then dropped:
 * they are drawn as ghosts, outside the output. Stepping by multiply-add marks the one product
 * being added.
 */
export function ScatterStep(props: { sum: ScatterSum; lhs: ReactNode; channel: number; kH: number; kW: number; outSymbol: string }) {
  const { sum, lhs, channel, kH, kW, outSymbol } = props;
  const t = useT();
  const area = kH * kW;
  const amounts = new Float64Array(area).fill(Number.NaN);
  const cropped = new Uint8Array(area);
  let current = -1;
  let r0 = Infinity;
  let r1 = -Infinity;
  let c0 = Infinity;
  let c1 = -Infinity;
  let droppedHere = 0;
  sum.contributions.forEach((c, i) => {
    if (c.channel !== channel) return;
    const k = c.kernel % area;
    amounts[k] = c.amount;
    if (i === sum.current) current = k;
    if (c.target < 0) {
      cropped[k] = 1;
      droppedHere++;
      return;
    }
    r0 = Math.min(r0, c.y);
    r1 = Math.max(r1, c.y);
    c0 = Math.min(c0, c.x);
    c1 = Math.max(c1, c.x);
  });
  const fill = valueFill(amounts);
  const cell = (r: number, c: number): GridCell => {
    const k = r * kW + c;
    const v = amounts[k];
    const text = formatNumber(v);
    const bg = fill(v);
    const ghost = cropped[k] === 1;
    return {
      text,
      fill: ghost ? undefined : bg,
      ink: ghost ? undefined : inkOn(bg),
      mark: ghost ? "cropped" : undefined,
      role: k === current ? "written" : undefined,
      aria: ghost ? t("grid.croppedAria", { r, c, value: text }) : t("grid.cellAria", { symbol: "y·w", r, c, value: text }),
      title: ghost ? t("scatter.croppedTitle") : undefined,
    };
  };
  const inside = Number.isFinite(r0);
  return (
    <>
      <div className="scatter-equation">
        <span className="lhs">
          {lhs} = <strong>{formatNumber(sum.value)}</strong>
        </span>
        <span className="eq">×</span>
        <var className="sym">w</var>
        <span className="eq">=</span>
        <Grid
          name="contribution"
          size="sm"
          caption={<GridCaption name={t("grid.contribution")} symbol={`${formatNumber(sum.value)}·w`} />}
          ariaLabel={t("grid.contribution")}
          rows={kH}
          cols={kW}
          cell={cell}
        />
      </div>
      <p className="mapping">
        {inside ? t("scatter.equation", { value: formatNumber(sum.value), kernel: "w", outSymbol, r0, r1, c0, c1 }) : t("scatter.allCropped")}
        {droppedHere > 0 ? ` · ${t("scatter.cropped", { count: droppedHere })}` : null}
        {" · "}
        {t("scatter.mapping", { k: area })}
      </p>
    </>
  );
}

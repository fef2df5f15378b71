import { valueFill, inkOn } from "../colors";
import { formatNumber } from "../format";
import type { ScatterFrame } from "../frames/scatterFrame";
import { Grid, type GridCell } from "../grid/Grid";
import { GridCaption } from "../grid/GridCaption";
import { useT } from "../useT";

/** The current scatter step: y[r,c] × w = the block added into x′'s footprint. */
export function ScatterStep({ frame, kH, kW }: { frame: ScatterFrame; kH: number; kW: number }) {
  const t = useT();
  const k = kH * kW;
  const title = (
    <header className="panel-header">
      <h2 id="scatter-title">{t("scatter.title")}</h2>
      <p className="step-title" aria-live="polite">
        {frame.step < 0
          ? t("step.ready")
          : t("step.transposedAt", { n: frame.step + 1, total: frame.steps, symbol: "y", r: frame.inR, c: frame.inC })}
      </p>
    </header>
  );
  if (frame.step < 0) {
    return (
      <section className="panel" aria-labelledby="scatter-title">
        {title}
        <p className="panel-idle">{t("scatter.idle", { k, start: formatNumber(frame.output[0] ?? 0) })}</p>
        <p className="mapping">{t("scatter.counts")}</p>
      </section>
    );
  }
  const fill = valueFill(frame.added);
  const addedCell = (r: number, c: number): GridCell => {
    const v = frame.added[r * kW + c];
    const text = formatNumber(v);
    const bg = fill(v);
    return { text, fill: bg, ink: inkOn(bg), aria: t("grid.cellAria", { symbol: "y·w", r, c, value: text }) };
  };
  const [r0, r1] = frame.rows ?? [0, 0];
  const [c0, c1] = frame.cols ?? [0, 0];
  return (
    <section className="panel" aria-labelledby="scatter-title">
      {title}
      <div className="scatter-equation">
        <span className="lhs">
          <var className="sym">y</var>[{frame.inR},{frame.inC}] = <strong>{formatNumber(frame.inValue)}</strong>
        </span>
        <span className="eq">×</span>
        <var className="sym">w</var>
        <span className="eq">=</span>
        <Grid
          name="contribution"
          size="sm"
          caption={<GridCaption name={t("grid.contribution")} symbol={`${formatNumber(frame.inValue)}·w`} />}
          ariaLabel={t("grid.contribution")}
          rows={kH}
          cols={kW}
          cell={addedCell}
        />
      </div>
      <p className="mapping">
        {t("scatter.equation", { value: formatNumber(frame.inValue), kernel: "w", outSymbol: "x′", r0, r1, c0, c1 })}
        {" · "}
        {t("scatter.mapping", { k })}
      </p>
    </section>
  );
}

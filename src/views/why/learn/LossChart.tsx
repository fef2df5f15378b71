import { scaleLinear, scaleLog } from "d3-scale";
import { line } from "d3-shape";
import { useMemo } from "react";
import { useT } from "../../useT";

export interface LossChartProps {
  /** history[t]: the loss after t updates, for t < count. */
  history: Float64Array;
  count: number;
  /** The x axis runs to the run's step count, so the curve grows to the right. */
  maxSteps: number;
  bilinearLoss: number | null;
  optimumLoss: number | null;
  /** loss: the MSE itself; excess: MSE minus the best loss, which shows the last approach. */
  mode: "loss" | "excess";
}

const W = 520;
const H = 250;
const M = { top: 14, right: 16, bottom: 34, left: 58 };
/** Points drawn at most: one per ~1.5 px of plot width. */
const MAX_POINTS = 320;

/** 10⁻³-style label of a power of ten, else a compact number. */
export function formatLoss(v: number): string {
  const e = Math.log10(v);
  if (Math.abs(e - Math.round(e)) < 1e-9) {
    const sup = String(Math.round(e)).replace(/[-0-9]/g, (c) => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)]);
    return `10${sup}`;
  }
  return v.toExponential(1);
}

/**
 * The loss curve: MSE on a log axis against the update count (d3-scale for the axes, d3-shape for
 * the path; React draws). Two flat references: the loss of the fixed bilinear kernel (dashed) and
 * the least-squares optimum (dotted), the floor no kernel can go below. At most MAX_POINTS points
 * are drawn (every n-th update), so a redraw stays O(MAX_POINTS) however long the run.
 */
export function LossChart({ history, count, maxSteps, bilinearLoss, optimumLoss, mode }: LossChartProps) {
  const t = useT();
  const model = useMemo(() => {
    const base = mode === "excess" ? (optimumLoss ?? 0) : 0;
    const value = (i: number) => history[i] - base;
    const refs = mode === "excess" ? [bilinearLoss === null ? null : bilinearLoss - base] : [bilinearLoss, optimumLoss];
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < count; i++) {
      const v = value(i);
      if (v > 0 && Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    for (const r of refs) {
      if (r !== null && r > 0) {
        lo = Math.min(lo, r);
        hi = Math.max(hi, r);
      }
    }
    if (!Number.isFinite(lo)) return null;
    // At most 7 decades: the excess falls towards 0 (rounding), which a log axis would chase forever.
    lo = Math.max(lo, hi * 1e-7);
    const x = scaleLinear().domain([0, Math.max(1, maxSteps)]).range([M.left, W - M.right]);
    const y = scaleLog()
      .domain([lo / 1.5, hi * 1.5])
      .range([H - M.bottom, M.top])
      .clamp(true);
    const every = Math.max(1, Math.ceil(count / MAX_POINTS));
    const points: [number, number][] = [];
    for (let i = 0; i < count; i += every) points.push([i, value(i)]);
    if (count > 0 && points[points.length - 1][0] !== count - 1) points.push([count - 1, value(count - 1)]);
    const path = line<[number, number]>()
      .defined((d) => d[1] > 0 && Number.isFinite(d[1]))
      .x((d) => x(d[0]))
      .y((d) => y(d[1]))(points);
    const powers = y.ticks().filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
    const yTicks = powers.length >= 2 ? powers : y.ticks(3);
    const [bilinearRef, optimumRef] = refs;
    return { x, y, path, yTicks, xTicks: x.ticks(5), bilinearRef, optimumRef: optimumRef ?? null };
  }, [history, count, maxSteps, bilinearLoss, optimumLoss, mode]);

  const last = count > 0 ? history[count - 1] : null;
  return (
    <figure className="loss-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={
          last === null ? t("learn.loss.emptyAria") : t("learn.loss.aria", { steps: count - 1, loss: last.toExponential(3) })
        }
      >
        {model ? (
          <>
            {model.yTicks.map((v) => (
              <g key={`y${v}`} className="axis-tick">
                <line x1={M.left} x2={W - M.right} y1={model.y(v)} y2={model.y(v)} className="grid-line" />
                <text x={M.left - 6} y={model.y(v)} dy="0.32em" textAnchor="end">
                  {formatLoss(v)}
                </text>
              </g>
            ))}
            {model.xTicks.map((v) => (
              <text key={`x${v}`} className="axis-tick" x={model.x(v)} y={H - M.bottom + 16} textAnchor="middle">
                {v}
              </text>
            ))}
            <text className="axis-title" x={(M.left + W - M.right) / 2} y={H - 3} textAnchor="middle">
              {t("learn.loss.xAxis")}
            </text>
            <text className="axis-title" transform={`translate(13 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">
              {t(mode === "excess" ? "learn.loss.yAxisExcess" : "learn.loss.yAxis")}
            </text>
            {model.bilinearRef != null && model.bilinearRef > 0 ? (
              <line className="ref-bilinear" x1={M.left} x2={W - M.right} y1={model.y(model.bilinearRef)} y2={model.y(model.bilinearRef)} />
            ) : null}
            {model.optimumRef != null && model.optimumRef > 0 ? (
              <line className="ref-optimum" x1={M.left} x2={W - M.right} y1={model.y(model.optimumRef)} y2={model.y(model.optimumRef)} />
            ) : null}
            {model.path ? <path className="loss-line" d={model.path} /> : null}
          </>
        ) : null}
      </svg>
      <figcaption className="chart-legend">
        <span className="key key-loss">{t("learn.loss.legendLoss")}</span>
        <span className="key key-bilinear">{t("learn.loss.legendBilinear")}</span>
        {mode === "loss" ? <span className="key key-optimum">{t("learn.loss.legendOptimum")}</span> : null}
      </figcaption>
    </figure>
  );
}

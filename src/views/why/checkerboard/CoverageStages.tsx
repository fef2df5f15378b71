import type { CoverageMap } from "../../../core";
import type { CoverageJob, CoverageResult } from "../../../worker/image/protocol";
import { useT } from "../../useT";
import { countLut } from "../upsample/colormap";
import { ColorLegend } from "../upsample/ColorLegend";
import { CoverageMapView } from "./CoverageMapView";
import { CheckerExplorerLink as ExplorerLink } from "./ExplorerLink";
import { layerParams } from "./explorerLink";

/** Print counts in the cells of 2D maps up to this side, and of 1D strips up to this length. */
export const NUMBERS_2D = 15;
export const NUMBERS_1D = 40;
/** Interior counts listed one by one up to this many distinct values; beyond, a range. */
const MAX_LISTED = 8;

function ones(n: number): Float64Array {
  return new Float64Array(n).fill(1);
}

/**
 * The coverage maps after each layer of the stack, 1D strips above 2D maps, each with its interior
 * counts, its max/min ratio and a link that opens that layer in the explorer (its input: ones for
 * the first layer, the previous map after that, so the explorer's output is this map).
 */
export function CoverageStages({ job, result }: { job: CoverageJob; result: CoverageResult }) {
  const t = useT();
  const stageTitle = (i: number) =>
    i < job.layers ? t("why.stage.layer", { n: i + 1, k: job.kernelSize, s: job.stride }) : t("why.stage.smooth", { k: job.smooth });
  const kernelOf = (i: number) => (i < job.layers ? { k: job.kernelSize, s: job.stride } : { k: job.smooth, s: 1 });
  const summary = (m: CoverageMap) => {
    const st = m.stats;
    if (!st) return t("why.stage.noInterior");
    const ratio = Number.isFinite(st.ratio) ? String(Math.round(st.ratio * 100) / 100) : "∞";
    if (st.values.length > MAX_LISTED) {
      return t("why.stage.statsMany", { min: st.min, max: st.max, count: st.values.length, ratio });
    }
    return t("why.stage.stats", { values: st.values.join(", "), ratio });
  };
  const link1d = (i: number) => {
    const prev = i === 0 ? null : result.stages1d[i - 1];
    const { k, s } = kernelOf(i);
    const n = prev ? prev.shape[1] : job.size1d;
    return layerParams({ input: prev ? prev.counts : ones(n), inH: 1, inW: n, kH: 1, kW: k, stride: [1, s] });
  };
  const link2d = (i: number) => {
    const prev = i === 0 ? null : result.stages2d[i - 1];
    const { k, s } = kernelOf(i);
    const [h, w] = prev ? prev.shape : [job.size2d, job.size2d];
    return layerParams({ input: prev ? prev.counts : ones(h * w), inH: h, inW: w, kH: k, kW: k, stride: [s, s] });
  };
  const label = (m: CoverageMap, i: number, dims: string) =>
    t("why.stage.alt", { title: stageTitle(i), dims, size: m.shape[0] === 1 ? `${m.shape[1]}` : `${m.shape[0]}×${m.shape[1]}`, summary: summary(m) });

  return (
    <>
      <section className="why-card coverage-section" aria-labelledby="coverage-1d-title">
        <div className="section-head">
          <h3 id="coverage-1d-title">{t("why.coverage.title1d", { n: job.size1d })}</h3>
          <ColorLegend table={countLut()} min="0" max={t("why.coverage.legendMax")} title={t("why.coverage.legend")} />
        </div>
        <div className="strip-stages">
          {result.stages1d.map((m, i) => (
            <figure key={i} className="strip-stage" data-testid={`stage-1d-${i + 1}`}>
              <figcaption>
                <span className="stage-title">{stageTitle(i)}</span>
                <span className="stage-stats">
                  {t("why.stage.cells", { n: m.shape[1] })} · {summary(m)}
                </span>
                <ExplorerLink params={link1d(i)} testId={`explorer-1d-${i + 1}`}>
                  {t("why.explorer.open")}
                </ExplorerLink>
              </figcaption>
              <CoverageMapView map={m} name={`coverage-1d-${i + 1}`} label={label(m, i, "1D")} numbers={m.shape[1] <= NUMBERS_1D} maxCell={30} />
            </figure>
          ))}
        </div>
      </section>
      <section className="why-card coverage-section" aria-labelledby="coverage-2d-title">
        <div className="section-head">
          <h3 id="coverage-2d-title">{t("why.coverage.title2d", { n: job.size2d })}</h3>
          <p className="field-help">{t("why.coverage.faded")}</p>
        </div>
        <div className="map-stages">
          {result.stages2d.map((m, i) => (
            <figure key={i} className="map-stage" data-testid={`stage-2d-${i + 1}`}>
              <figcaption>
                <span className="stage-title">{stageTitle(i)}</span>
                <span className="stage-stats">
                  {t("why.stage.size", { h: m.shape[0], w: m.shape[1] })} · {summary(m)}
                </span>
              </figcaption>
              <CoverageMapView
                map={m}
                name={`coverage-2d-${i + 1}`}
                label={label(m, i, "2D")}
                numbers={m.shape[0] <= NUMBERS_2D && m.shape[1] <= NUMBERS_2D}
                maxCell={result.stages2d.length <= 2 ? 40 : 32}
              />
              <ExplorerLink params={link2d(i)} testId={`explorer-2d-${i + 1}`}>
                {t("why.explorer.open")}
              </ExplorerLink>
            </figure>
          ))}
        </div>
      </section>
    </>
  );
}

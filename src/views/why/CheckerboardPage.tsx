import { useCallback, useMemo, useState } from "react";
import { useAppStoreApi, useAppStoreShallow } from "../../store";
import type { CoverageJob } from "../../worker/image/protocol";
import { useT } from "../useT";
import { CheckerControls, type CheckerSettings } from "./checkerboard/CheckerControls";
import { CoverageStages } from "./checkerboard/CoverageStages";
import { CheckerExplorerLink as ExplorerLink } from "./checkerboard/ExplorerLink";
import { layerParams } from "./checkerboard/explorerLink";
import { ImageArtifacts, type StackSettings } from "./checkerboard/ImageArtifacts";
import { RuleStatement } from "./checkerboard/RuleStatement";
import { useImageClient, useImageJob } from "./upsample/useImageJob";
import "./why.css";
import { JobProblem } from "./JobProblem";

/**
 * The 2D input side of the coverage maps: at least 4, and large enough that the first layer has
 * interior cells (cells every tap can reach), which needs (n − 1)·s ≥ k − 1.
 */
export function coverageInputSize(k: number, s: number): number {
  return Math.max(4, Math.ceil((k - 1) / s) + 2);
}

/**
 * §3 Checkerboard artifacts: for a kernel k and stride s, how many contributions each output cell
 * receives, in 1D and 2D, through 1–3 stacked layers and an optional stride-1 layer; the rule with
 * the current numbers; the same stack on a real image beside resize-convolution; and a link from
 * every layer into the explorer. The settings live in the store, so a link carries them (fields ck,
 * cs, layers, smooth: url/pageSettings.ts).
 */
export function CheckerboardPage() {
  const t = useT();
  const client = useImageClient();
  const api = useAppStoreApi();
  const { kernelSize: k, stride: s, layers, smooth } = useAppStoreShallow((st) => {
    const c = st.pageSettings.checkerboard;
    return { kernelSize: c.kernelSize, stride: c.stride, layers: c.layers, smooth: c.smooth };
  });
  // The final layer's kernel, remembered while the layer is off (a link holds only smooth = 0).
  const [lastSmooth, setLastSmooth] = useState(3);
  const settings: CheckerSettings = { kernelSize: k, stride: s, layers, smooth, smoothKernel: smooth > 0 ? smooth : lastSmooth };
  const setSettings = useCallback(
    (v: CheckerSettings) => {
      setLastSmooth(v.smoothKernel);
      api.getState().setPageSettings("checkerboard", { kernelSize: v.kernelSize, stride: v.stride, layers: v.layers, smooth: v.smooth });
    },
    [api],
  );
  const size2d = coverageInputSize(k, s);
  const job = useMemo(
    (): CoverageJob => ({ kernelSize: k, stride: s, layers, smooth, size1d: size2d + 4, size2d }),
    [k, s, layers, smooth, size2d],
  );
  const stack = useMemo((): StackSettings => ({ kernelSize: k, stride: s, layers, smooth }), [k, s, layers, smooth]);
  const coverage = useImageJob(client, "coverage", job);
  const result = coverage.result;
  const first = useMemo(
    () => layerParams({ input: new Float64Array(size2d * size2d).fill(1), inH: size2d, inW: size2d, kH: k, kW: k, stride: [s, s] }),
    [size2d, k, s],
  );

  return (
    <div className="why-page" data-testid="checkerboard-page">
      <header className="why-intro">
        <h2>{t("why.checker.title")}</h2>
        <p className="lead">{t("why.checker.lead")}</p>
      </header>
      <div className="why-layout">
        <aside className="why-sidebar" aria-label={t("why.settings")}>
          <section className="why-card">
            <h3>{t("why.checker.settings")}</h3>
            <CheckerControls value={settings} onChange={setSettings} />
          </section>
        </aside>
        <div className="why-workspace">
          <section className="why-card rule-card">
            {result && <RuleStatement rule={result.rule} />}
            <ExplorerLink params={first} testId="explorer-main">
              {t("why.explorer.openLayer", { k, s, n: size2d })}
            </ExplorerLink>
          </section>
          {coverage.error && <JobProblem problem={coverage.error} onRetry={coverage.retry} />}
          {result && coverage.resultJob && (
            <div className="coverage-results" data-stale={coverage.busy ? "true" : undefined}>
              <CoverageStages job={coverage.resultJob} result={result} />
            </div>
          )}
          <ImageArtifacts client={client} settings={stack} />
        </div>
      </div>
    </div>
  );
}

import { isAbortError } from "../../../worker/bridge";
import { useEffect, useMemo, useState } from "react";
import type { ProjectResult } from "../../../worker/train/protocol";
import { signedFill } from "../learn/signedFill";
import { useT } from "../../useT";
import { ChoiceField } from "../learn/ChoiceField";
import { GrayCanvas } from "../learn/GrayCanvas";
import { KernelHeatmap } from "../learn/KernelHeatmap";
import { useImageSource } from "../learn/useImageSource";
import { useWhyClient } from "../learn/whyClient";
import { ProblemText } from "../../ProblemText";
import { reportOf, type Report } from "../../../core/problem";

/** 3×3 feature detectors, row-major: Sobel edges and a centre–surround spot. */
export const FILTERS = {
  vertical: [-1, 0, 1, -2, 0, 2, -1, 0, 1],
  horizontal: [-1, -2, -1, 0, 0, 0, 1, 2, 1],
  diagonal: [-2, -1, 0, -1, 0, 1, 0, 1, 2],
  spot: [-1, -1, -1, -1, 8, -1, -1, -1, -1],
} as const;
export type FilterName = keyof typeof FILTERS;
const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];
const TOP_K = [1, 5, 20, 100, 500, 2000];
type FeatureImage = "camera" | "astronaut" | "shapes";
const IMAGES: readonly FeatureImage[] = ["camera", "astronaut", "shapes"];

/**
 * CNN visualization after Zeiler & Fergus (2014), on one layer: convolve the image with a filter,
 * keep the strongest activations, and project them back to pixel space with the transposed
 * convolution of the same filter (computed in the worker). The projection shows the pattern the
 * feature responds to, painted where it fired.
 */
export function FeatureSection() {
  const t = useT();
  const client = useWhyClient();
  const [imageName, setImageName] = useState<FeatureImage>("camera");
  const [filter, setFilter] = useState<FilterName>("vertical");
  const [topK, setTopK] = useState(500);
  const { source, fallback } = useImageSource(imageName);
  const [result, setResult] = useState<ProjectResult | null>(null);
  const [error, setError] = useState<Report | null>(null);

  useEffect(() => {
    if (!source) return;
    const controller = new AbortController();
    client.project({ image: source, filter: Float64Array.from(FILTERS[filter]), kernelSize: 3, topK }, controller.signal).then(
      (r) => {
        setResult(r);
        setError(null);
      },
      (e: unknown) => {
        if (!isAbortError(e)) setError(reportOf(e));
      },
    );
    return () => controller.abort();
  }, [client, source, filter, topK]);

  const fill = useMemo(() => signedFill(FILTERS[filter]), [filter]);
  const w = result?.width ?? 0;
  const h = result?.height ?? 0;
  return (
    <section className="lesson-card apps-section" id="visualization" aria-labelledby="vis-h">
      <h2 id="vis-h">{t("learn.apps.vis.title")}</h2>
      <p className="lesson-small apps-lead">{t("learn.apps.vis.lead")}</p>
      <div className="apps-controls" role="group" aria-label={t("learn.apps.vis.controls")}>
        <ChoiceField<FeatureImage> name="visImage" label={t("learn.image")} value={imageName} options={IMAGES} text={(v) => t(`learn.apps.vis.image.${v}`)} onChange={setImageName} />
        <ChoiceField<FilterName> name="filter" label={t("learn.apps.vis.filter")} value={filter} options={FILTER_NAMES} text={(v) => t(`learn.apps.vis.filter.${v}`)} onChange={setFilter} />
        <ChoiceField<number> name="topK" label={t("learn.apps.vis.topK")} value={topK} options={TOP_K} onChange={setTopK} />
      </div>
      {fallback ? (
        <p className="lesson-note" role="status">
          {t("learn.apps.vis.fallback", { reason: fallback })}
        </p>
      ) : null}
      {error ? (
        <p className="lesson-error" role="alert">
          <ProblemText problem={error} />
        </p>
      ) : null}
      <div className="vis-row">
        <KernelHeatmap name="filter" values={FILTERS[filter]} k={3} fill={fill} digits={0} size="large" label={t("learn.apps.vis.filterLabel")} />
        <figure>
          <GrayCanvas width={w} height={h} data={result?.image ?? null} marks={result?.kept ?? null} label={t("learn.apps.vis.imageAria", { k: result?.kept.length ?? 0 })} />
          <figcaption>{t("learn.apps.vis.imageCaption", { k: result?.kept.length ?? 0 })}</figcaption>
        </figure>
        <span className="vis-op" aria-hidden="true">
          →
        </span>
        <figure>
          <GrayCanvas width={w} height={h} data={result?.activation ?? null} scale="signed" label={t("learn.apps.vis.activationCaption")} />
          <figcaption>{t("learn.apps.vis.activationCaption")}</figcaption>
        </figure>
        <span className="vis-op" aria-hidden="true">
          →
        </span>
        <figure data-projection={result ? "ready" : "pending"}>
          <GrayCanvas width={w} height={h} data={result?.projection ?? null} scale="signed" label={t("learn.apps.vis.projectionCaption", { k: result?.kept.length ?? 0 })} />
          <figcaption>{t("learn.apps.vis.projectionCaption", { k: result?.kept.length ?? 0 })}</figcaption>
        </figure>
      </div>
      <p className="lesson-small">{t("learn.apps.vis.note")}</p>
    </section>
  );
}

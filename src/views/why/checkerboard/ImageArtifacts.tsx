import { useId, useMemo, useState } from "react";
import { useAppStoreApi, useAppStoreShallow } from "../../../store";
import type { DemoImageName } from "../../../model/pageSettings";
import type { ArtifactJob, ArtifactResult, ArtifactWeights } from "../../../worker/image/protocol";
import type { ImageClient } from "../../../worker/image/client";
import { useT } from "../../useT";
import { placeLens } from "../upsample/lens";
import { LensPanel } from "../upsample/LensPanel";
import { NumberField } from "../upsample/NumberField";
import { Segmented } from "../upsample/Segmented";
import { SourcePicker } from "../upsample/SourcePicker";
import { choiceOfName, nameOfChoice } from "../upsample/sources";
import { useImageJob } from "../upsample/useImageJob";
import { useSource } from "../upsample/useSource";
import { ZoomStrip } from "../upsample/ZoomStrip";
import { JobProblem } from "../JobProblem";

const DEMO_PATTERNS = ["flat", "zonePlate", "text", "checkerboard"] as const;

export interface StackSettings {
  kernelSize: number;
  stride: number;
  layers: number;
  smooth: number;
}

/**
 * The same stack on a real image: the image pooled by s^layers, then upsampled back by the
 * transposed convolutions and, beside them, by resize-convolutions with the same weights. A
 * constant kernel turns uneven coverage straight into a grid of brightness; random weights (a
 * fixed seed) show that even k = 2s can print one; resize-convolution stays even in both cases.
 * The image, the weights and the seed live in the store (fields dimg, wts, wseed).
 */
export function ImageArtifacts({ client, settings }: { client: ImageClient; settings: StackSettings }) {
  const t = useT();
  const helpId = useId();
  const api = useAppStoreApi();
  const { image, kind, seed } = useAppStoreShallow((s) => {
    const c = s.pageSettings.checkerboard;
    return { image: c.image, kind: c.weights, seed: c.seed };
  });
  const choice = useMemo(() => choiceOfName(image), [image]);
  const randomSeed = kind === "random" ? seed : null;
  const weights = useMemo((): ArtifactWeights => (randomSeed === null ? { kind: "constant" } : { kind: "random", seed: randomSeed }), [randomSeed]);
  const set = api.getState().setPageSettings;
  const [centre, setCentre] = useState<[number, number]>([0.5, 0.5]);
  const { source, loading, problem } = useSource(choice, null);
  const job = useMemo(
    (): ArtifactJob | null => (source ? { source, color: "rgb", weights, ...settings } : null),
    [source, weights, settings],
  );
  const demo = useImageJob(client, "artifact", job);
  const r = demo.result;
  const F = settings.stride ** settings.layers;


  return (
    <section className="why-card demo-section" aria-labelledby="demo-title">
      <div className="section-head stacked">
        <h3 id="demo-title">{t("why.demo.title")}</h3>
        <p className="field-help">{t("why.demo.lead", { f: F })}</p>
      </div>
      <p id={helpId} className="visually-hidden">
        {t("why.lens.help")}
      </p>
      <div className="demo-controls">
        <SourcePicker
          choice={choice}
          onChoice={(c) => {
            const name = nameOfChoice(c);
            if (name) set("checkerboard", { image: name as DemoImageName });
          }}
          patterns={DEMO_PATTERNS}
        />
        <Segmented<ArtifactWeights["kind"]>
          label={t("why.demo.weights")}
          value={weights.kind}
          options={[
            { value: "constant", text: t("why.demo.constant") },
            { value: "random", text: t("why.demo.random") },
          ]}
          onChange={(w) => set("checkerboard", { weights: w })}
        />
        {weights.kind === "random" && (
          <NumberField
            label={t("why.kernel.seed")}
            value={seed}
            min={0}
            max={2 ** 31 - 1}
            onChange={(v) => set("checkerboard", { seed: v })}
            invalidText={t("why.field.range", { min: 0, max: "2³¹−1" })}
          />
        )}
      </div>
      {weights.kind === "random" && <p className="field-help">{t("why.demo.randomHelp")}</p>}
      <p className="status-line why-status" aria-live="polite" data-busy={demo.busy || loading ? "true" : "false"}>
        {loading ? t("why.status.loadingImage") : problem ? t("why.status.imageUnavailable") : demo.busy ? t("why.status.computing") : ""}
      </p>
      {demo.error && <JobProblem problem={demo.error} onRetry={demo.retry} />}
      <div data-stale={demo.busy || demo.error ? "true" : undefined} className="demo-results">
        {r && demo.resultJob && <DemoPanels result={r} job={demo.resultJob} centre={centre} onCentre={setCentre} helpId={helpId} />}
      </div>
    </section>
  );
}

/** The input, the transposed stack and the resize stack, with a shared lens and its enlargement. */
function DemoPanels(props: {
  result: ArtifactResult;
  job: ArtifactJob;
  centre: [number, number];
  onCentre: (c: [number, number]) => void;
  helpId: string;
}) {
  const t = useT();
  const { result: r, job, centre, onCentre, helpId } = props;
  const W = r.transposed.width;
  const H = r.transposed.height;
  const F = job.stride ** job.layers;
  const lens = placeLens(centre[0] * W, centre[1] * H, 32, W, H);
  const point = (x: number, y: number) => onCentre([x / W, y / H]);
  const step = (dx: number, dy: number) => onCentre([(lens.x + lens.size / 2 + dx) / W, (lens.y + lens.size / 2 + dy) / H]);
  const vars = { layers: job.layers, k: job.kernelSize, s: job.stride };
  const titleT = t("why.demo.transposed", vars);
  const titleR = t("why.demo.resize", vars);
  const inputSize = `${r.input.width}×${r.input.height}`;
  const common = { lens, onPoint: point, onStep: step, helpId, factor: 1 };
  return (
    <>
      <div className="demo-grid">
        <LensPanel
          {...common}
          title={t("why.demo.input")}
          note={t("why.demo.inputNote", { size: inputSize, f: F })}
          picture={r.input}
          label={t("why.demo.inputAlt", { size: inputSize, f: F })}
          factor={W / r.input.width}
          pixelated
        />
        <LensPanel {...common} testId="demo-transposed" title={titleT} picture={r.transposed} label={t("why.demo.alt", { what: titleT, size: `${W}×${H}` })} />
        <LensPanel {...common} testId="demo-resize" title={titleR} picture={r.resize} label={t("why.demo.alt", { what: titleR, size: `${W}×${H}` })} />
      </div>
      <ZoomStrip
        lens={lens}
        caption={t("why.lens.caption", { x: lens.x, y: lens.y, size: lens.size })}
        hint={t("why.lens.hint")}
        items={[
          { key: "t", title: titleT, picture: r.transposed, factor: 1, label: t("why.lab.zoomOf", { what: titleT }) },
          { key: "r", title: titleR, picture: r.resize, factor: 1, label: t("why.lab.zoomOf", { what: titleR }) },
        ]}
      />
    </>
  );
}

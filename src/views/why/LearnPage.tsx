import { useEffect, useMemo, useState } from "react";
import { signedFill } from "./learn/signedFill";
import { useAppStoreApi } from "../../store";
import { useT } from "../useT";
import { GrayCanvas } from "./learn/GrayCanvas";
import { KernelHeatmap } from "./learn/KernelHeatmap";
import { LossChart } from "./learn/LossChart";
import { TrainControls } from "./learn/TrainControls";
import { TrainStats } from "./learn/TrainStats";
import type { Speed } from "./learn/trainSettings";
import { useImageSource } from "./learn/useImageSource";
import { useTrainSettings } from "./learn/useTrainSettings";
import { useTraining } from "./learn/useTraining";
import "./learn.css";
import { JobProblem } from "./JobProblem";

/**
 * §4 A kernel that learns: gradient descent in the worker fits a k×k transposed-convolution kernel
 * and a bias that undo s×s average pooling, while the page shows the loss, the kernel, and the
 * images, live.
 */
export function LearnPage() {
  const t = useT();
  const [settings, update] = useTrainSettings();
  const [speed, setSpeed] = useState<Speed>("normal");
  const [lossMode, setLossMode] = useState<"loss" | "excess">("loss");
  const { source, fallback } = useImageSource(settings.image);
  const training = useTraining(settings, source, speed);
  const { started, progress, phase } = training;
  const k = started && progress ? Math.round(Math.sqrt(progress.kernel.length)) : settings.kernelSize;
  const api = useAppStoreApi();
  // Offer the latest kernel to the upsampling lab (it becomes a typed, shareable kernel there).
  useEffect(() => {
    if (progress && progress.step > 0) {
      api.getState().setLearnedKernel({ k, s: settings.stride, step: progress.step, values: Array.from(progress.kernel) });
    }
  }, [api, progress, k, settings.stride]);

  const fill = useMemo(() => {
    if (!started || !progress) return null;
    return signedFill([...progress.kernel, ...started.bilinear, ...started.optimum.kernel]);
  }, [started, progress]);

  const w = started?.width ?? 0;
  const h = started?.height ?? 0;
  const s = settings.stride;
  return (
    <div className="lesson-page learn-page" data-phase={phase}>
      <header className="lesson-head">
        <h1>{t("learn.title")}</h1>
        <p className="lesson-lead">{t("learn.lead")}</p>
      </header>
      <TrainControls
        settings={settings}
        onChange={update}
        speed={speed}
        onSpeed={setSpeed}
        phase={phase}
        onStart={training.start}
        onPause={training.pause}
        onReset={training.reset}
      />
      {fallback ? (
        <p className="lesson-note" role="status">
          {t("learn.photoFallback", { reason: fallback })}
        </p>
      ) : null}
      {training.error ? <JobProblem problem={training.error} onRetry={training.reset} className="lesson-error" /> : null}
      <div className="learn-grid">
        <section className="lesson-card learn-loss" aria-labelledby="learn-loss-h">
          <div className="card-head">
            <h2 id="learn-loss-h">{t("learn.loss.title")}</h2>
            <div className="lesson-toggle" role="group" aria-label={t("learn.loss.modeLabel")}>
              {(["loss", "excess"] as const).map((m) => (
                <button key={m} type="button" aria-pressed={lossMode === m} onClick={() => setLossMode(m)}>
                  {t(m === "loss" ? "learn.loss.modeLoss" : "learn.loss.modeExcess")}
                </button>
              ))}
            </div>
          </div>
          <LossChart
            mode={lossMode}
            history={training.history}
            count={progress ? progress.step + 1 : 0}
            maxSteps={settings.steps}
            bilinearLoss={started?.bilinearLoss ?? null}
            optimumLoss={started?.optimum.loss ?? null}
          />
          <TrainStats progress={progress} started={started} maxSteps={settings.steps} />
        </section>
        <section className="lesson-card learn-kernel" aria-labelledby="learn-kernel-h">
          <h2 id="learn-kernel-h">{t("learn.kernel.title", { k, s })}</h2>
          {fill && progress && started ? (
            <>
              <KernelHeatmap
                name="learned"
                values={progress.kernel}
                k={k}
                fill={fill}
                digits={k > 5 ? 2 : 3}
                size="large"
                label={t("learn.kernel.learned", { step: progress.step })}
              />
              <div className="kernel-refs">
                <KernelHeatmap name="bilinear" values={started.bilinear} k={k} fill={fill} digits={2} size="small" label={t("learn.kernel.bilinear")} />
                <KernelHeatmap
                  name="optimum"
                  values={started.optimum.kernel}
                  k={k}
                  fill={fill}
                  digits={2}
                  size="small"
                  label={t("learn.kernel.optimum")}
                />
              </div>
              <p className="lesson-small">{t("learn.kernel.note")}</p>
            </>
          ) : (
            <p className="lesson-small">{t("learn.preparing")}</p>
          )}
        </section>
        <section className="lesson-card learn-images" aria-labelledby="learn-images-h">
          <h2 id="learn-images-h">{t("learn.images.title")}</h2>
          <div className="image-grid">
            <figure>
              <GrayCanvas width={w} height={h} data={started?.target ?? null} label={t("learn.images.targetAria", { w, h })} />
              <figcaption>{t("learn.images.target", { w, h })}</figcaption>
            </figure>
            <figure>
              <GrayCanvas width={w / s} height={h / s} data={started?.input ?? null} label={t("learn.images.inputAria", { w: w / s, h: h / s, s })} />
              <figcaption>{t("learn.images.input", { w: w / s, h: h / s, s })}</figcaption>
            </figure>
            <figure>
              <GrayCanvas width={w} height={h} data={started?.bilinearOutput ?? null} label={t("learn.images.bilinear")} />
              <figcaption>{t("learn.images.bilinear")}</figcaption>
            </figure>
            <figure data-output="learned">
              <GrayCanvas width={w} height={h} data={progress?.output ?? null} label={t("learn.images.learnedAria", { step: progress?.step ?? 0 })} />
              <figcaption>{t("learn.images.learned", { step: progress?.step ?? 0 })}</figcaption>
            </figure>
          </div>
        </section>
      </div>
      <section className="lesson-card learn-finding" aria-labelledby="learn-finding-h">
        <h2 id="learn-finding-h">{t("learn.finding.title")}</h2>
        <p>{t("learn.finding.text")}</p>
      </section>
    </div>
  );
}

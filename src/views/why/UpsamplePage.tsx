import { useCallback, useEffect, useMemo, useState, type DragEvent } from "react";
import { useAppStore, useAppStoreApi } from "../../store";
import { DEFAULT_UPSAMPLE_SETTINGS, type LabImageName, type UpsampleSettings } from "../../model/pageSettings";
import type { LabJob } from "../../worker/image/protocol";
import type { ColorMode } from "../../model/pageSettings";
import { useT } from "../useT";
import { kernelSpec, type KernelChoice } from "./upsample/kernelChoice";
import { KernelControls } from "./upsample/KernelControls";
import { LabStatus } from "./upsample/LabStatus";
import { LabPanels, type LabView } from "./upsample/LabPanels";
import { LENS_SIZES } from "./upsample/lens";
import { Segmented } from "./upsample/Segmented";
import { SourcePicker } from "./upsample/SourcePicker";
import { choiceOfName, nameOfChoice, type SourceChoice } from "./upsample/sources";
import { useImageClient, useImageJob } from "./upsample/useImageJob";
import { useSource } from "./upsample/useSource";
import { useUpload } from "./upsample/useUpload";
import "./why.css";
import { JobProblem } from "./JobProblem";

const LAB_PATTERNS = ["zonePlate", "checkerboard", "text"] as const;

/**
 * §2 Upsampling lab: one image, shrunk by s×s averaging, brought back ×s by nearest, bilinear and
 * bicubic interpolation (fixed rules), a transposed convolution (a kernel that could be learned)
 * and resize-convolution, side by side with a shared lens and a difference view. Everything is
 * computed in the image worker; the person's own image never leaves the browser.
 *
 * The settings live in the store, so a link carries them (url/pageSettings.ts); the person's own
 * file cannot travel in a link, so while it is shown the link names the default image.
 */
export function UpsamplePage() {
  const t = useT();
  const client = useImageClient();
  const api = useAppStoreApi();
  const settings = useAppStore((s) => s.pageSettings.upsample);
  const set = useCallback((patch: Partial<UpsampleSettings>) => api.getState().setPageSettings("upsample", patch), [api]);
  const { scale, color, view, lensSize } = settings;
  // The upload is shown while the store's image is still the one it replaced (Back leaves it).
  const [uploadOver, setUploadOver] = useState<LabImageName | null>(null);
  useEffect(() => {
    if (uploadOver !== null && uploadOver !== settings.image) setUploadOver(null);
  }, [uploadOver, settings.image]);
  const choice = useMemo(
    (): SourceChoice => (uploadOver === settings.image ? { kind: "upload" } : choiceOfName(settings.image)),
    [uploadOver, settings.image],
  );
  const showUpload = useCallback(() => {
    set({ image: DEFAULT_UPSAMPLE_SETTINGS.image });
    setUploadOver(DEFAULT_UPSAMPLE_SETTINGS.image);
  }, [set]);
  const setChoice = (c: SourceChoice) => {
    const name = nameOfChoice(c);
    if (name === null) return showUpload();
    setUploadOver(null);
    set({ image: name as LabImageName });
  };
  const up = useUpload(showUpload);
  const { source, loading, problem } = useSource(choice, choice.kind === "upload" ? (up.upload?.picture ?? null) : null);
  const kernel = useMemo(
    (): KernelChoice => ({ kind: settings.kernel, size: settings.kernelSize, seed: settings.seed, typed: settings.typed }),
    [settings.kernel, settings.kernelSize, settings.seed, settings.typed],
  );
  const setKernel = (k: KernelChoice) => set({ kernel: k.kind, kernelSize: k.size, seed: k.seed, typed: k.typed });
  const centre = useMemo((): [number, number] => [settings.lensX, settings.lensY], [settings.lensX, settings.lensY]);
  const setCentre = useCallback((c: [number, number]) => set({ lensX: c[0], lensY: c[1] }), [set]);
  const setColor = (c: ColorMode) => set({ color: c });
  const setView = (v: LabView) => set({ view: v });
  const setLensSize = (n: number) => set({ lensSize: n });
  const [dragging, setDragging] = useState(false);

  const spec = useMemo(() => kernelSpec(kernel), [kernel]);
  const job = useMemo((): LabJob | null => (source ? { source, color, scale, kernel: spec } : null), [source, color, scale, spec]);
  const lab = useImageJob(client, "lab", job);
  const result = lab.result;

  const changeScale = (s: number) => set(kernel.kind === "typed" ? { scale: s } : { scale: s, kernelSize: 2 * s });
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files?.[0];
    if (file) up.accept(file);
  };

  return (
    <div className="why-page" data-testid="upsample-page">
      <header className="why-intro">
        <h2>{t("why.upsample.title")}</h2>
        <p className="lead">{t("why.upsample.lead")}</p>
      </header>
      <div className="why-layout">
        <aside className="why-sidebar" aria-label={t("why.settings")}>
          <section className="why-card">
            <h3>{t("why.source.title")}</h3>
            <SourcePicker
              choice={choice}
              onChoice={setChoice}
              patterns={LAB_PATTERNS}
              upload={{ current: up.upload, problem: up.problem, loading: up.loading, onFile: up.accept }}
            />
          </section>
          <section className="why-card">
            <h3>{t("why.lab.settings")}</h3>
            <div className="field-row tight">
              <Segmented<number>
                label={t("why.lab.scale")}
                value={scale}
                options={[2, 4].map((s) => ({ value: s, text: `×${s}` }))}
                onChange={changeScale}
              />
              <Segmented<ColorMode>
                label={t("why.lab.color")}
                value={color}
                options={[
                  { value: "rgb", text: t("why.lab.rgb") },
                  { value: "gray", text: t("why.lab.gray") },
                ]}
                onChange={setColor}
              />
            </div>
          </section>
          <section className="why-card">
            <h3>{t("why.kernel.title")}</h3>
            <KernelControls
              choice={kernel}
              onChange={setKernel}
              scale={scale}
              shown={result ? { values: result.kernel, k: result.kernelSize } : null}
            />
          </section>
        </aside>
        <div
          className="why-workspace drop-zone"
          data-dragging={dragging ? "true" : undefined}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={drop}
        >
          <div className="lab-toolbar">
            <Segmented<LabView>
              label={t("why.lab.show")}
              value={view}
              options={[
                { value: "image", text: t("why.lab.showImages") },
                { value: "diff", text: t("why.lab.showDiff") },
              ]}
              onChange={setView}
            />
            <Segmented<number>
              label={t("why.lens.size")}
              value={lensSize}
              options={LENS_SIZES.map((s) => ({ value: s, text: t("why.lens.px", { n: s }) }))}
              onChange={setLensSize}
            />
            <LabStatus lab={lab} loading={loading} problem={problem} />
          </div>
          {lab.error && <JobProblem problem={lab.error} onRetry={lab.retry} />}
          {result && lab.resultJob && (
            <LabPanels
              result={result}
              job={lab.resultJob}
              view={view}
              lensSize={lensSize}
              centre={centre}
              onCentre={setCentre}
              stale={lab.busy || lab.error !== null}
            />
          )}
          {dragging && (
            <div className="drop-overlay" aria-hidden="true">
              {t("why.file.dropHere")}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

import { useId, useMemo } from "react";
import type { LabJob, LabMethod, LabResult, Picture } from "../../../worker/image/protocol";
import { useT } from "../../useT";
import { colorize, errorLut, niceErrorMax } from "./colormap";
import { ColorLegend } from "./ColorLegend";
import { placeLens } from "./lens";
import { LensPanel } from "./LensPanel";
import { ZoomStrip, type ZoomItem } from "./ZoomStrip";

export type LabView = "image" | "diff";

export interface LabPanelsProps {
  result: LabResult;
  /** The job that produced `result` (its scale and kernel label the panels). */
  job: LabJob;
  view: LabView;
  lensSize: number;
  centre: [number, number];
  onCentre: (c: [number, number]) => void;
  stale: boolean;
}

function formatPsnr(db: number): string {
  return Number.isFinite(db) ? db.toFixed(1) : "∞";
}

/**
 * The lab's comparison: the original, the low-resolution input and the five methods, each with its
 * PSNR against the original; in "difference" view the methods show |method − original| on one
 * shared colour scale. A lens marks the same region everywhere; the strip below enlarges it.
 */
export function LabPanels({ result, job, view, lensSize, centre, onCentre, stale }: LabPanelsProps) {
  const t = useT();
  const helpId = useId();
  const { reference, input, panels } = result;
  const scale = job.scale;
  const kernel = job.kernel;
  const W = reference.width;
  const H = reference.height;
  const lens = placeLens(centre[0] * W, centre[1] * H, lensSize, W, H);
  const errorMax = useMemo(() => niceErrorMax(Math.max(...panels.map((p) => p.p99))), [panels]);
  const diffs = useMemo(() => {
    if (view !== "diff") return null;
    const table = errorLut();
    const out = {} as Record<LabMethod, Picture>;
    for (const p of panels) out[p.method] = { width: W, height: H, rgba: colorize(p.error, errorMax, table) };
    return out;
  }, [view, panels, errorMax, W, H]);

  const point = (x: number, y: number) => onCentre([x / W, y / H]);
  const step = (dx: number, dy: number) =>
    onCentre([(lens.x + lens.size / 2 + dx) / W, (lens.y + lens.size / 2 + dy) / H]);
  const kernelNote =
    kernel.kind === "values"
      ? t("why.lab.kernelTyped", { k: result.kernelSize })
      : kernel.kind === "random"
        ? t("why.lab.kernelRandom", { k: result.kernelSize, seed: kernel.seed })
        : kernel.kind === "constant"
          ? t("why.lab.kernelConstant", { k: result.kernelSize })
          : t("why.lab.kernelBilinear", { k: result.kernelSize });
  const title = (m: LabMethod) => t(`why.method.${m}`);
  const size = `${W}×${H}`;

  const zoom: ZoomItem[] = [
    { key: "reference", title: t("why.lab.original"), picture: reference, factor: 1, label: t("why.lab.zoomOf", { what: t("why.lab.original") }) },
    { key: "input", title: t("why.lab.input"), picture: input, factor: scale, label: t("why.lab.zoomOf", { what: t("why.lab.input") }) },
    ...panels.map((p) => ({
      key: p.method,
      title: title(p.method),
      picture: diffs ? diffs[p.method] : p.picture,
      factor: 1,
      label: t("why.lab.zoomOf", { what: title(p.method) }),
    })),
  ];

  return (
    <div className="lab-results" data-stale={stale ? "true" : undefined} data-testid="lab-results">
      <p id={helpId} className="visually-hidden">
        {t("why.lens.help")}
      </p>
      <div className="lab-grid">
        <LensPanel
          title={t("why.lab.original")}
          note={t("why.lab.originalNote", { size })}
          picture={reference}
          label={t("why.lab.originalAlt", { size })}
          factor={1}
          lens={lens}
          onPoint={point}
          onStep={step}
          helpId={helpId}
        />
        <LensPanel
          title={t("why.lab.input")}
          note={t("why.lab.inputNote", { size: `${input.width}×${input.height}`, s: scale })}
          picture={input}
          label={t("why.lab.inputAlt", { size: `${input.width}×${input.height}`, s: scale })}
          factor={scale}
          lens={lens}
          onPoint={point}
          onStep={step}
          pixelated
          helpId={helpId}
        />
        {panels.map((p) => (
          <LensPanel
            key={p.method}
            testId={`panel-${p.method}`}
            title={title(p.method)}
            note={
              <>
                <span className="psnr">{t("why.lab.psnr", { db: formatPsnr(p.psnr) })}</span>
                {p.method === "transposed" && <span> · {kernelNote}</span>}
                {p.method === "resize" && <span> · {t("why.lab.resizeNote", { s2: scale * scale })}</span>}
              </>
            }
            picture={diffs ? diffs[p.method] : p.picture}
            label={
              diffs
                ? t("why.lab.diffAlt", { method: title(p.method), max: errorMax })
                : t("why.lab.methodAlt", { method: title(p.method), s: scale, size })
            }
            factor={1}
            lens={lens}
            onPoint={point}
            onStep={step}
            helpId={helpId}
          />
        ))}
        <div className="lab-key">
          <h3>{t("why.lab.keyTitle")}</h3>
          <p>{t("why.lab.keyText", { s: scale })}</p>
          {diffs && (
            <ColorLegend table={errorLut()} min="0" max={String(errorMax)} title={t("why.lab.legend")} unit={t("why.lab.legendUnit")} />
          )}
        </div>
      </div>
      <ZoomStrip
        items={zoom}
        lens={lens}
        caption={t("why.lens.caption", { x: lens.x, y: lens.y, size: lens.size })}
        hint={t("why.lens.hint")}
      />
    </div>
  );
}

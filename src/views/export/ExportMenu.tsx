import { useCallback, useEffect, useState } from "react";
import { downloadBlob, sizeText } from "../../export/download";
import { fileNameOf, type FileContent } from "../../export/fileName";
import { GIF_MAX_STEPS } from "../../export/gifSteps";
import { sizesOfGeometry } from "../../presets/sizes";
import { selectSteps, useAppStore, useAppStoreApi, useAppStoreShallow } from "../../store";
import { encode } from "../../url/codec";
import { urlStateOf } from "../../url/sync";
import { useT } from "../useT";
import { loadExportKit, type ExportKit } from "./loadExportKit";
import { useGifExport, type ExportMessage } from "./useGifExport";
import "./export.css";

/**
 * Export of the current configuration: the step trace as JSON, the current view as SVG or PNG,
 * and the whole trace as an animated GIF encoded in a worker (with progress and cancel). Reads the
 * store at the click, so playback does not re-render it. No props: mount it anywhere in the app.
 */
export function ExportMenu() {
  const t = useT();
  const api = useAppStoreApi();
  const { ready, steps } = useAppStoreShallow((s) => ({ ready: Boolean(s.exploration && s.explored), steps: selectSteps(s) }));
  const loading = useAppStore((s) => s.loading);
  const [message, setMessage] = useState<ExportMessage | null>(null);
  const say = useCallback((m: ExportMessage | null) => setMessage(m), []);
  const gif = useGifExport(say);

  useEffect(() => {
    const s = api.getState();
    if (!s.exploration && !s.loading) void s.compute();
  }, [api]);

  /** Runs one export with the store's current state, reporting the saved file or the failure. */
  const run = (ext: "json" | "svg" | "png", make: (kit: ExportKit) => Promise<Blob> | Blob, content: (step: number) => FileContent) => async () => {
    const s = api.getState();
    if (!s.exploration || !s.explored) return;
    gif.clear();
    const file = fileNameOf(sizesOfGeometry(s.exploration.mode, s.exploration.geometry), content(s.step), ext);
    try {
      const blob = await make(await loadExportKit());
      downloadBlob(blob, file);
      say({ kind: "info", text: t("export.saved", { file, size: sizeText(blob.size) }) });
    } catch (error) {
      say({ kind: "error", text: t("export.failed", { message: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const current = ({ viewSvg }: ExportKit) => {
    const s = api.getState();
    if (!s.exploration || !s.explored) throw new Error("not computed yet");
    return viewSvg({ exploration: s.exploration, explored: s.explored, step: s.step, granularity: s.granularity, lang: s.lang });
  };
  const json = run(
    "json",
    ({ traceExport, traceJsonText }) => {
      const s = api.getState();
      if (!s.exploration || !s.explored) throw new Error("not computed yet");
      const from = s.exploredFrom ?? s.params;
      const link = encode({ ...urlStateOf(s), params: from });
      const text = traceJsonText(traceExport(s.exploration, s.explored, { flip: from.flip, link }));
      return new Blob([text], { type: "application/json" });
    },
    () => "trace",
  );
  const svg = run("svg", (kit) => new Blob([current(kit).svg], { type: "image/svg+xml" }), (step) => ({ step: step + 1 }));
  const png = run(
    "png",
    (kit) => {
      const v = current(kit);
      return kit.svgToPng(v.svg, v.width, v.height, 2);
    },
    (step) => ({ step: step + 1 }),
  );

  const running = gif.progress.kind === "running";
  const disabled = !ready;
  return (
    <section className="export-menu" aria-label={t("export.label")} aria-busy={loading || undefined}>
      <div className="export-row">
        <span className="export-label" aria-hidden="true">
          {t("export.label")}
        </span>
        <div className="export-buttons">
          <button type="button" className="export-button" onClick={json} disabled={disabled} title={t("export.jsonTitle")}>
            {t("export.json")}
          </button>
          <button type="button" className="export-button" onClick={svg} disabled={disabled} title={t("export.svgTitle")}>
            {t("export.svg")}
          </button>
          <button type="button" className="export-button" onClick={png} disabled={disabled} title={t("export.pngTitle")}>
            {t("export.png")}
          </button>
          <button type="button" className="export-button" onClick={() => void gif.start()} disabled={disabled || running} title={t("export.gifTitle")}>
            {t("export.gif")}
          </button>
        </div>
      </div>
      {!ready ? <p className="export-note">{t("export.notReady")}</p> : null}
      {ready && steps > GIF_MAX_STEPS ? <p className="export-note">{t("export.sampled", { steps, shown: GIF_MAX_STEPS })}</p> : null}
      {gif.progress.kind !== "idle" ? (
        <div className="export-progress" data-state={gif.progress.kind}>
          <progress
            max={gif.progress.total}
            value={gif.progress.kind === "done" ? gif.progress.total : gif.progress.done}
            aria-label={t("export.progressLabel")}
          />
          <span className="export-progress-text">
            {gif.progress.kind === "done"
              ? t("export.progressDone", { total: gif.progress.total })
              : t("export.progress", { done: gif.progress.done, total: gif.progress.total })}
          </span>
          {running ? (
            <button type="button" className="export-cancel" onClick={gif.cancel} title={t("export.cancelTitle")}>
              {t("export.cancel")}
            </button>
          ) : null}
        </div>
      ) : null}
      <p className="export-message" role="status" aria-live="polite" data-kind={message?.kind}>
        {message?.text}
      </p>
    </section>
  );
}

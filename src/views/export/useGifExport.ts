import { useCallback, useEffect, useRef, useState } from "react";
import { fileNameOf } from "../../export/fileName";
import { downloadBlob, sizeText } from "../../export/download";
import { sizesOfGeometry } from "../../presets/sizes";
import { useAppStoreApi } from "../../store";
import { abortError, isAbortError } from "../../worker/bridge";
import { useT } from "../useT";
import { loadExportKit, type ExportKit } from "./loadExportKit";

export type GifProgress = { kind: "idle" } | { kind: "running"; done: number; total: number } | { kind: "done"; total: number };

export interface ExportMessage {
  kind: "info" | "error";
  text: string;
}

/**
 * The GIF export's life: build the job from the store (read once, at the click), encode it in the
 * worker with progress, download the result; cancel terminates the worker. Leaving the page
 * cancels too. `say` reports the outcome in the menu's live region.
 */
export function useGifExport(say: (m: ExportMessage | null) => void) {
  const t = useT();
  const api = useAppStoreApi();
  const [progress, setProgress] = useState<GifProgress>({ kind: "idle" });
  const job = useRef<AbortController | null>(null);
  useEffect(() => () => job.current?.abort(), []);

  const start = useCallback(async () => {
    const { exploration, explored, granularity, lang } = api.getState();
    if (!exploration || !explored || job.current) return;
    const controller = new AbortController();
    job.current = controller;
    say(null);
    let kit: ExportKit | null = null;
    try {
      kit = await loadExportKit();
      if (controller.signal.aborted) throw abortError("the GIF export was cancelled");
      const gif = kit.gifJobOf(exploration, explored, granularity, lang);
      setProgress({ kind: "running", done: 0, total: gif.frames.length });
      const blob = await kit.encodeGifJob(gif, {
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ kind: "running", done, total }),
      });
      const file = fileNameOf(sizesOfGeometry(exploration.mode, exploration.geometry), "animation", "gif");
      downloadBlob(blob, file);
      setProgress({ kind: "done", total: gif.frames.length });
      say({ kind: "info", text: t("export.saved", { file, size: sizeText(blob.size) }) });
    } catch (error) {
      setProgress({ kind: "idle" });
      if (isAbortError(error)) say({ kind: "info", text: t("export.cancelled") });
      else if (kit && error instanceof kit.GifUnsupportedError) say({ kind: "error", text: t("export.gifUnsupported") });
      else say({ kind: "error", text: t("export.failed", { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      if (job.current === controller) job.current = null;
    }
  }, [api, say, t]);

  const cancel = useCallback(() => job.current?.abort(), []);
  /** Forgets a finished encoding's progress bar (another export took its place). */
  const clear = useCallback(() => setProgress((p) => (p.kind === "done" ? { kind: "idle" } : p)), []);
  return { progress, start, cancel, clear };
}

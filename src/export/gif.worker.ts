import { drawScene, type Context2D } from "./drawScene";
import { encodeGif } from "./gifEncode";
import { GIF_TARGET_WIDTH, type GifRequest, type GifResponse } from "./gifProtocol";
import { sceneOf, textWidth } from "./scene";

/**
 * The GIF worker: paints each frame of a job on an OffscreenCanvas (the same scene layout as the
 * SVG export) and encodes them with gifenc, reporting progress after every frame. It holds no
 * logic of its own beyond that loop; cancelling is the main thread terminating it.
 *
 * `self` is typed through this small interface because the file is checked with the DOM lib,
 * whose `self` is a Window.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<GifRequest>) => void) | null;
  postMessage(message: GifResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

/** Large scenes are shrunk towards GIF_TARGET_WIDTH, but never below this (the captions stay legible). */
const MIN_SCALE = 0.75;

scope.onmessage = (event) => {
  const { job } = event.data;
  if (typeof OffscreenCanvas === "undefined") {
    scope.postMessage({ type: "error", message: "OffscreenCanvas is not available in this browser's workers", unsupported: true });
    return;
  }
  try {
    // One size for every frame: only the caption changes the width, so the widest caption decides.
    const widest = job.frames.reduce((w, f) => (textWidth(f.caption, 1) > textWidth(w.caption, 1) ? f : w));
    const spec = { ...job.spec, minWidth: sceneOf(job.spec, widest).width };
    const first = sceneOf(spec, job.frames[0]);
    const scale = Math.max(MIN_SCALE, Math.min(job.scale, GIF_TARGET_WIDTH / first.width));
    const width = Math.round(first.width * scale);
    const height = Math.round(first.height * scale);
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    if (!ctx) {
      scope.postMessage({ type: "error", message: "OffscreenCanvas has no 2D context here", unsupported: true });
      return;
    }
    const bytes = encodeGif({
      width,
      height,
      count: job.frames.length,
      delays: job.delays,
      render: (i) => {
        drawScene(ctx as unknown as Context2D, sceneOf(spec, job.frames[i]), scale);
        return ctx.getImageData(0, 0, width, height).data;
      },
      onProgress: (done, total) => scope.postMessage({ type: "progress", done, total }),
    });
    scope.postMessage({ type: "done", bytes, width, height }, [bytes.buffer]);
  } catch (e) {
    scope.postMessage({ type: "error", message: e instanceof Error ? e.message : String(e), unsupported: false });
  }
};

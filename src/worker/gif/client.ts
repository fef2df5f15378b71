import { createWorkerBridge, startWorker, WorkerError, type ClientControls, type MainThreadEndpoint, type WorkerLike } from "../bridge";
import { clientControls } from "../bridge";
import type { PixelContext } from "./handle";
import { GIF_UNSUPPORTED, type GifJob, type GifRequest, type GifResponse, type GifResult } from "./protocol";

/** The browser offers no canvas to paint the frames on (neither OffscreenCanvas nor a 2D <canvas>). */
export class GifUnsupportedError extends Error {
  override name = "GifUnsupportedError";
}

/** A failed encoding (`kind` the failure's name) or a crash of the worker (`kind` "WorkerCrash"). */
export class GifError extends WorkerError {
  override name = "GifError";
}

export type GifWorkerLike = WorkerLike<GifRequest, GifResponse>;

export interface GifOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface GifClientOptions {
  /** Starts a worker, or returns null to encode on the main thread. Defaults to the real worker where OffscreenCanvas exists. */
  createWorker?: () => GifWorkerLike | null;
  /** The main thread's 2D canvas, for the stand-in; a <canvas> element by default. */
  mainThreadContext?: (width: number, height: number) => PixelContext | null;
}

export interface GifClient extends ClientControls {
  /**
   * Encodes a job and resolves with the GIF. Rejects with an AbortError when `signal` aborts (the
   * worker is terminated at once), with GifUnsupportedError where no canvas can paint the
   * frames, and with a GifError for any other failure or a crash.
   */
  encode(job: GifJob, options?: GifOptions): Promise<Blob>;
}

function canvasContext(width: number, height: number): PixelContext | null {
  if (typeof document === "undefined") return null;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  try {
    return canvas.getContext("2d", { willReadFrequently: true }) as PixelContext | null;
  } catch {
    return null; // jsdom without the canvas package
  }
}

/**
 * The bridge (../bridge.ts) to the GIF worker, in a module worker where OffscreenCanvas exists.
 * Elsewhere the main thread stands in: it fetches the encoder (its own chunk) at the first job
 * and paints on a <canvas>, blocking the page while it encodes (seconds for the largest traces;
 * only browsers without OffscreenCanvas pay that). One lane: a new job supersedes the last, and
 * an abort terminates the busy worker. Progress messages carry their job's id.
 */
export function createGifClient(options: GifClientOptions = {}): GifClient {
  const progress = new Map<number, (done: number, total: number) => void>();
  const makeContext = options.mainThreadContext ?? canvasContext;
  const fallback = (post: (message: GifResponse) => void): MainThreadEndpoint<GifRequest> => ({
    handle(request) {
      import("./handle")
        .then(({ handleGif }) => post(handleGif(request, makeContext, post)))
        .catch((error: unknown) => post({ id: request.id, ok: false, name: "ChunkLoadError", message: error instanceof Error ? error.message : String(error) }));
    },
  });
  const bridge = createWorkerBridge<GifRequest, GifResponse>({
    name: "GIF",
    spawn:
      options.createWorker ??
      (() => (typeof OffscreenCanvas === "undefined" ? null : startWorker(() => new Worker(new URL("./gif.worker.ts", import.meta.url), { type: "module" })))),
    fallback,
    error: GifError,
    restartOnAbort: true,
    onMessage: (message) => {
      if ("type" in message && message.type === "progress") progress.get(message.id)?.(message.done, message.total);
    },
  });
  return {
    async encode(job, { signal, onProgress } = {}) {
      let id = -1;
      try {
        const answer = await bridge.request<GifResult>({
          lane: "encode",
          signal,
          build: (n) => {
            id = n;
            if (onProgress) progress.set(n, onProgress);
            return { id: n, type: "encode", job };
          },
        });
        return new Blob([answer.result.bytes as Uint8Array<ArrayBuffer>], { type: "image/gif" });
      } catch (error) {
        if (error instanceof GifError && error.kind === GIF_UNSUPPORTED) throw new GifUnsupportedError(error.message);
        throw error;
      } finally {
        progress.delete(id);
      }
    },
    ...clientControls(bridge),
  };
}

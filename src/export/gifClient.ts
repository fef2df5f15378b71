import type { GifJob, GifRequest, GifResponse } from "./gifProtocol";

/** The browser offers no way to encode off the main thread (no Worker or no OffscreenCanvas). */
export class GifUnsupportedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GifUnsupportedError";
  }
}

/** The part of `Worker` the client uses, so tests can hand it a fake. */
export interface GifWorkerLike {
  onmessage: ((event: MessageEvent<GifResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: GifRequest): void;
  terminate(): void;
}

export interface GifOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Starts the worker; the real module worker by default, null where there is none. */
  createWorker?: () => GifWorkerLike | null;
}

/** Whether this browser can run the GIF worker: module workers and OffscreenCanvas. */
export function gifSupported(): boolean {
  return typeof Worker !== "undefined" && typeof OffscreenCanvas !== "undefined";
}

function defaultWorker(): GifWorkerLike | null {
  if (!gifSupported()) return null;
  try {
    return new Worker(new URL("./gif.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

/**
 * Encodes a job in a fresh module worker and resolves with the GIF. One worker per job, ended
 * when the job ends: an abort terminates it at once (gifenc cannot be interrupted otherwise) and
 * rejects with an AbortError. Rejects with GifUnsupportedError where no worker can do it.
 */
export function encodeGifInWorker(job: GifJob, options: GifOptions = {}): Promise<Blob> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new DOMException("the GIF export was cancelled", "AbortError"));
  const worker = (options.createWorker ?? defaultWorker)();
  if (!worker) return Promise.reject(new GifUnsupportedError("no Web Worker with OffscreenCanvas"));
  return new Promise<Blob>((resolve, reject) => {
    const end = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      end();
      reject(new DOMException("the GIF export was cancelled", "AbortError"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = (event) => {
      const m = event.data;
      if (m.type === "progress") onProgress?.(m.done, m.total);
      else if (m.type === "done") {
        end();
        resolve(new Blob([m.bytes as Uint8Array<ArrayBuffer>], { type: "image/gif" }));
      } else {
        end();
        reject(m.unsupported ? new GifUnsupportedError(m.message) : new Error(m.message));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      end();
      reject(new Error(event.message || "the GIF worker stopped unexpectedly"));
    };
    worker.postMessage({ type: "encode", job });
  });
}

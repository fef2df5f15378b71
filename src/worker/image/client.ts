import {
  clientControls,
  createWorkerBridge,
  mainThread,
  startWorker,
  WorkerError,
  type Answer,
  type ClientControls,
  type RequestStats,
  type WorkerLike,
} from "../bridge";
import { handleImage } from "./handle";
import type { ImageRequest, ImageResponse, JobMap, JobType } from "./protocol";

export { isAbortError, type Backend as ImageBackend } from "../bridge";

/** One answer: the result, where it was computed and how long the round trip took. */
export type ImageComputed<T extends JobType> = Answer<JobMap[T]["result"]>;

/** The part of `Worker` the client uses, so tests can hand it a fake. */
export type ImageWorkerLike = WorkerLike<ImageRequest, ImageResponse>;

export interface ImageClientOptions {
  /** Starts a worker, or returns null to compute on the main thread. Defaults to the real worker. */
  createWorker?: () => ImageWorkerLike | null;
}

export type ImageClientStats = RequestStats;

export interface ImageClient extends ClientControls {
  /**
   * Runs a job. Rejects with an AbortError when `signal` aborts or a newer job of the same type
   * supersedes it (latest wins, one lane per type, so the checkerboard page's coverage maps never
   * cancel its image demo), with an ImageJobError carrying the refusal's message, and with an
   * ImageJobError when the worker crashes.
   */
  run<T extends JobType>(type: T, job: JobMap[T]["job"], signal?: AbortSignal): Promise<ImageComputed<T>>;
}

/** A refusal (`kind` "RangeError": invalid settings) or a worker crash (`kind` "WorkerCrash"). */
export class ImageJobError extends WorkerError {
  override name = "ImageJobError";
}

/**
 * The image worker's deadline: 8 s, plus 20 µs per unit of `jobSize` (a ×4 RGB lab job on a
 * 512×512 picture, 0.8 million units, gets 24 s; it takes well under 2 s).
 */
export const IMAGE_WATCHDOG = { baseMs: 8_000, msPerUnit: 0.02 } as const;

/** A job's work in pixel planes of its source (coverage maps are tiny and count as none). */
export function jobSize(job: JobMap[JobType]["job"]): number {
  if (!("source" in job)) return 0;
  const { source, color } = job;
  const pixels = source.kind === "pixels" ? source.picture.width * source.picture.height : source.width * source.height;
  const scale = "scale" in job ? job.scale * job.scale : 1;
  return pixels * (color === "rgb" ? 3 : 1) * scale;
}

/**
 * The bridge (../bridge.ts) to the image worker, a separate worker from the explorer's: one lane
 * per job type; an abort or a newer job of the same type terminates the worker if it is busy with
 * the older one (a restart costs tens of milliseconds, finishing a stale ×4 RGB job could cost
 * hundreds) and hands the other types' jobs still in flight to a fresh one; a worker silent past
 * IMAGE_WATCHDOG's deadline is restarted and the job sent once more.
 */
export function createImageClient(options: ImageClientOptions = {}): ImageClient {
  const bridge = createWorkerBridge<ImageRequest, ImageResponse>({
    name: "image",
    spawn: options.createWorker ?? (() => startWorker(() => new Worker(new URL("./image.worker.ts", import.meta.url), { type: "module" }))),
    fallback: mainThread(handleImage),
    error: ImageJobError,
    restartOnAbort: true,
    watchdog: IMAGE_WATCHDOG,
  });
  return {
    run(type, job, signal) {
      return bridge.request({ lane: type, build: (id) => ({ id, type, job }) as ImageRequest, signal, size: jobSize(job) });
    },
    ...clientControls(bridge),
  };
}

import { drawScene, type Context2D } from "../../export/drawScene";
import { encodeGif } from "../../export/gifEncode";
import { sceneOf, textWidth } from "../../export/scene";
import { reply } from "../reply";
import { GIF_TARGET_WIDTH, GIF_UNSUPPORTED, type GifJob, type GifProgress, type GifReply, type GifRequest, type GifResult } from "./protocol";

/** A 2D context the frames are painted on and read back from. */
export type PixelContext = Context2D & { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };

/** Makes a width × height canvas's 2D context, or null where there is none. */
export type MakeContext = (width: number, height: number) => PixelContext | null;

/** Large scenes are shrunk towards GIF_TARGET_WIDTH, but never below this (the captions stay legible). */
const MIN_SCALE = 0.75;

class GifUnsupported extends Error {
  override name = GIF_UNSUPPORTED;
}

/**
 * Paints each frame of a job (the same scene layout as the SVG export) and encodes them with
 * gifenc, calling `onProgress` after every frame. Cost: O(pixels) per frame; a 400-step trace at
 * 960 px is a few seconds.
 */
export function encodeJob(job: GifJob, makeContext: MakeContext, onProgress: (done: number, total: number) => void): GifResult {
  // One size for every frame: only the caption changes the width, so the widest caption decides.
  const widest = job.frames.reduce((w, f) => (textWidth(f.caption, 1) > textWidth(w.caption, 1) ? f : w));
  const spec = { ...job.spec, minWidth: sceneOf(job.spec, widest).width };
  const first = sceneOf(spec, job.frames[0]);
  const scale = Math.max(MIN_SCALE, Math.min(job.scale, GIF_TARGET_WIDTH / first.width));
  const width = Math.round(first.width * scale);
  const height = Math.round(first.height * scale);
  const ctx = makeContext(width, height);
  if (!ctx) throw new GifUnsupported("no 2D canvas to paint the frames on here");
  const bytes = encodeGif({
    width,
    height,
    count: job.frames.length,
    delays: job.delays,
    render: (i) => {
      drawScene(ctx, sceneOf(spec, job.frames[i]), scale);
      return ctx.getImageData(0, 0, width, height).data;
    },
    onProgress,
  });
  return { bytes, width, height };
}

/**
 * Answers one GIF request: progress through `post` after each frame, then the answer (returned,
 * never thrown). What the worker and the main-thread stand-in both run.
 */
export function handleGif(request: GifRequest, makeContext: MakeContext, post: (progress: GifProgress) => void): GifReply {
  return reply(request, (r, id): GifReply | undefined =>
    r?.type === "encode"
      ? { id, ok: true, type: "encode", result: encodeJob(r.job, makeContext, (done, total) => post({ type: "progress", id, done, total })) }
      : undefined,
  );
}

/** An OffscreenCanvas 2D context, or null where OffscreenCanvas is missing (some workers). */
export function offscreenContext(width: number, height: number): PixelContext | null {
  if (typeof OffscreenCanvas === "undefined") return null;
  return new OffscreenCanvas(width, height).getContext("2d", { willReadFrequently: true }) as unknown as PixelContext | null;
}

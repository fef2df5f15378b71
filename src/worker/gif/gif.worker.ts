import { workerScope } from "../serve";
import { handleGif, offscreenContext } from "./handle";
import type { GifRequest, GifResponse } from "./protocol";

/**
 * The GIF worker: a thin switch over handle.ts, painting on an OffscreenCanvas. The GIF's buffer
 * is transferred, not copied. An abort is the main thread terminating the worker (gifenc cannot
 * be interrupted otherwise).
 */
const scope = workerScope<GifRequest, GifResponse>();
scope.onmessage = (event) => {
  const answer = handleGif(event.data, offscreenContext, (progress) => scope.postMessage(progress, []));
  scope.postMessage(answer, answer.ok ? [answer.result.bytes.buffer as ArrayBuffer] : []);
};

import type { Exploration, ExploreParams } from "../core";
import type { Lang } from "../i18n/lang";
import { stepsOf, type Granularity } from "../model/steps";
import type { GifJob } from "../worker/gif/protocol";
import { gifDelays, gifSteps, GIF_MAX_STEPS } from "./gifSteps";
import { sceneFrameOf, sceneSpecOf } from "./viewScene";

/**
 * Everything the GIF worker needs for the whole trace at the app's granularity: the static scene
 * and one frame per shown step (sampled to at most `max`). Cost on the main thread: one momentOf
 * per frame, O(cells) each; the painting and encoding happen in the worker.
 */
export function gifJobOf(e: Exploration, explored: ExploreParams, granularity: Granularity, lang: Lang, max: number = GIF_MAX_STEPS): GifJob {
  const steps = gifSteps(stepsOf(e, granularity), max);
  return {
    spec: sceneSpecOf(e, explored, granularity, lang),
    frames: steps.map((s) => sceneFrameOf(e, explored, granularity, s, lang)),
    delays: gifDelays(steps.length),
    scale: 2,
  };
}

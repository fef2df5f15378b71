import type { Exploration, ExploreParams } from "../core";
import type { Lang } from "../i18n/lang";
import type { Granularity } from "../model/steps";
import { sceneOf } from "./scene";
import { sceneSvg } from "./svg";
import { sceneFrameOf, sceneSpecOf } from "./viewScene";

export interface ViewState {
  exploration: Exploration;
  /** What the exploration was computed from (the store's `explored`). */
  explored: ExploreParams;
  step: number;
  granularity: Granularity;
  lang: Lang;
}

/**
 * The SVG of the current view: the input, kernel and output grids with their values, the current
 * step's highlights in the app's colours, and a caption. Pure: a string from the state.
 */
export function viewSvg(v: ViewState): { svg: string; width: number; height: number } {
  const spec = sceneSpecOf(v.exploration, v.explored, v.granularity, v.lang);
  const frame = sceneFrameOf(v.exploration, v.explored, v.granularity, v.step, v.lang);
  const scene = sceneOf(spec, frame);
  return { svg: sceneSvg(scene, `${spec.labels.title} — ${frame.caption}`), width: scene.width, height: scene.height };
}

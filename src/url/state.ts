import type { Lang } from "../i18n/lang";
import type { Granularity } from "../model/steps";
import { seedParams, type ExplorerParams } from "../params/explorerParams";
import { defaultPageSettings, type PageSettings } from "../model/pageSettings";


/** The explorer's views; in conv mode "scatter" shows the sliding window. */
export type ViewName = "scatter" | "zero" | "matrix";
export const VIEW_NAMES: readonly ViewName[] = ["scatter", "zero", "matrix"];

/** The app's pages: the explorer, the preset gallery, and the "why" pages of the tutorial. */
export type PageName = "explorer" | "gallery" | "transpose" | "upsample" | "checkerboard" | "learn" | "applications" | "lesson" | "practice";
export const PAGE_NAMES: readonly PageName[] = ["explorer", "gallery", "transpose", "upsample", "checkerboard", "learn", "applications", "lesson", "practice"];

/** Everything a link reproduces. */
export interface UrlState {
  page: PageName;
  params: ExplorerParams;
  /** The current step; −1 is before the first. Clamped to the trace by the store. */
  step: number;
  granularity: Granularity;
  views: ViewName[];
  /** null: take the browser's preference. */
  lang: Lang | null;
  present: boolean;
  embed: boolean;
  /** The settings of the learn, upsampling and checkerboard pages (see pageSettings.ts). */
  settings: PageSettings;
  /** The guided lesson's chapter (1–10) and the practice question (seed, level 1–3, index). */
  lesson: LessonPlace;
}

export interface LessonPlace {
  chapter: number;
  seed: number;
  level: 1 | 2 | 3;
  index: number;
}

export function defaultUrlState(): UrlState {
  return {
    page: "explorer",
    params: seedParams(),
    step: -1,
    granularity: "scatter",
    views: [...VIEW_NAMES],
    lang: null,
    present: false,
    embed: false,
    settings: defaultPageSettings(),
    lesson: { chapter: 1, seed: 1, level: 1, index: 0 },
  };
}

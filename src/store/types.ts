import type { StateCreator } from "zustand/vanilla";
import type { Exploration, ExploreParams, Mode } from "../core";
import type { Problem, Report } from "../core/problem";
import type { Lang } from "../i18n/lang";
import type { Focus } from "../model/focus";
import type { Granularity } from "../model/steps";
import type { ExplorerParams } from "../params/explorerParams";
import type { Fix } from "../url/codec";
import type { PageSettings, SettingsPage } from "../model/pageSettings";
import type { LessonPlace, PageName, ViewName } from "../url/state";
import type { Backend } from "../worker/client";

/**
 * The state's shape: every slice's fields with the actions that change them. Each slice file
 * implements its part; the shapes live here, apart from the implementations, so that a slice can
 * see the whole state without a slice file and this one importing each other.
 */

/** A grid whose values a person can edit. */
export type EditableGrid = "input" | "kernel" | "bias";

/** What to explore, in the terms a person edits; every change is validated before it is kept. */
export interface ParamsSlice {
  params: ExplorerParams;
  /**
   * The parameters these were reversed from, so that switching direction back restores them
   * exactly (the conv input x, not conv(x′)); cleared by any edit.
   */
  reversedFrom: ExplorerParams | null;
  /** Why the last proposed change was refused (the last valid parameters stay); null when accepted. */
  paramsProblem: Problem | null;
  /**
   * Proposes a change of sizes, geometry, channels or values (grids resize, keeping their values).
   * Applies it and recomputes when the core accepts it; otherwise keeps the last valid parameters
   * and returns (and stores) the rule that refused it.
   */
  setParams: (patch: Partial<ExplorerParams>) => Problem | null;
  /** Sets one value of the input, the kernel or the bias (flat row-major index). */
  setValue: (grid: EditableGrid, index: number, value: number) => Problem | null;
  /** Forgets a refusal the person has dismissed (Esc, or leaving the field). */
  clearParamsProblem: () => void;
  /** Replaces parameters wholesale (a link, a preset); refused like setParams when invalid. */
  loadParams: (params: ExplorerParams) => Problem | null;
  /** Runs the same connectivity the other way: the current output becomes the input. */
  setMode: (mode: Mode) => Promise<void>;
  /** Back to the seed example, in conv mode. */
  resetToSeed: () => void;
}

/** The latest computed result, and how the last request went. */
export interface ExplorationSlice {
  exploration: Exploration | null;
  /** The core parameters `exploration` was computed from (its input and weight values, for drawing). */
  explored: ExploreParams | null;
  /** The store parameters `exploration` belongs to (identity tells whether it is current). */
  exploredFrom: ExplorerParams | null;
  /**
   * The last request's refusal or failure: its problem, or the message of an error nobody
   * described (shown as it is); null when it succeeded.
   */
  error: Report | null;
  /**
   * The failure was not the configuration's: the worker could not be loaded or stayed silent, so
   * the same request may well succeed when tried again.
   */
  retryable: boolean;
  loading: boolean;
  /** The last result came from a worker the watchdog restarted because it had stopped answering. */
  retried: boolean;
  backend: Backend | null;
  computeMs: number | null;
  /** Asks the worker for the current parameters; a newer call aborts this one. */
  compute: () => Promise<void>;
}

/** The step index only: the views derive everything else from (trace, step). */
export interface PlaybackSlice {
  /** −1 before the first step, then 0..steps−1. */
  step: number;
  playing: boolean;
  /** Steps per second. */
  speed: number;
  setStep: (step: number) => void;
  /** A user's step: pauses playback. */
  stepForward: () => void;
  stepBack: () => void;
  /** Back to before the first step. */
  resetPlayback: () => void;
  /** The final state. */
  toEnd: () => void;
  /** Starts playing; from the end it starts over. The first step is taken at once. */
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  /** The player's clock: one step, stopping at the end (or starting over when looping). */
  tick: () => void;
  /** Keeps the step inside a new trace (after a recompute), so an edit does not lose the place. */
  clampStep: () => void;
  setSpeed: (speed: number) => void;
}

export interface ViewSlice {
  /** The views shown, side by side, in this order. */
  views: ViewName[];
  granularity: Granularity;
  /** Playback starts over at the end instead of stopping. */
  loop: boolean;
  /** Shows or hides a view; the last one shown stays. */
  toggleView: (view: ViewName) => void;
  setViews: (views: ViewName[]) => void;
  setGranularity: (g: Granularity) => void;
  setLoop: (loop: boolean) => void;
}

export interface UiSlice {
  lang: Lang;
  /**
   * What the person points at, by hover or keyboard focus, in any view (a cell of the input or
   * output, or a kernel weight); every view highlights what is linked to it.
   */
  focus: Focus | null;
  /** The page shown: the explorer, the gallery or one of the "why" pages. */
  page: PageName;
  setPage: (page: PageName) => void;
  /**
   * The kernel last trained on the learn page in this session (not part of a link: a link carries
   * it as typed values once the upsampling lab uses it).
   */
  learnedKernel: { k: number; s: number; step: number; values: number[] } | null;
  setLearnedKernel: (kernel: { k: number; s: number; step: number; values: number[] } | null) => void;
  /** Presenter mode (large type, playback only) and embed mode (no chrome, for an iframe). */
  present: boolean;
  embed: boolean;
  /** What a link held that had to be repaired, shown in a dismissible notice. */
  notices: Fix[];
  setLang: (lang: Lang) => void;
  setPresent: (present: boolean) => void;
  setEmbed: (embed: boolean) => void;
  setNotices: (notices: Fix[]) => void;
  dismissNotices: () => void;
  setFocus: (focus: Focus | null) => void;
}

export interface PageSettingsSlice {
  /** The settings of the learn, upsampling and checkerboard pages: what their links carry. */
  pageSettings: PageSettings;
  /**
   * Changes some of a page's settings. Each value is made what a link would carry (clamped,
   * snapped, rounded: see patchPageSettings in pageSettingsSlice.ts); a patch that changes nothing keeps the same
   * objects, so a training run or an image job keyed on them does not restart.
   */
  setPageSettings: <P extends SettingsPage>(page: P, patch: Partial<PageSettings[P]>) => void;
}

/**
 * Where the guided lesson and practice are: what `?lesson=N` and `?practice=SEED&plevel=L&pq=I`
 * carry. One object, replaced on change, so a link's state selected shallowly stays stable.
 */
export interface LessonSlice {
  lesson: LessonPlace;
  /** Opens the lesson at chapter n (clamped to 1–10). */
  openChapter: (n: number) => void;
  /** Opens practice with these changes to the seed, level or question index. */
  setPractice: (patch: Partial<Omit<LessonPlace, "chapter">>) => void;
}

/** The whole app state: the slices side by side, actions beside their state. */
export type AppState = ParamsSlice & ExplorationSlice & PlaybackSlice & ViewSlice & UiSlice & PageSettingsSlice & LessonSlice;

/** A slice sees the whole state (so an action can call another slice's) and builds its own part. */
export type SliceCreator<S> = StateCreator<AppState, [], [], S>;

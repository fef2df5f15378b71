import type { Lang } from "../i18n/lang";
import type { AppState, AppStore } from "../store";
import { decode, encode, INLINE_GRID_LIMIT } from "./codec";
import { hasPackedFragment, loadPacker, packerReady } from "./fragment";
import { SETTINGS_PAGES, type PageSettings } from "../model/pageSettings";
import { samePageSettings, settingsChange } from "./pageSettings";
import type { LessonPlace, UrlState } from "./state";

/**
 * The only module that touches location and history (the query and the fragment, which holds long grids). On start it reads the link into the store
 * (repairs go to the notice); afterwards every change of what a link reproduces is written back:
 * parameter, view, language and page-setting changes push a history entry (several within
 * COALESCE_MS become one, so typing "12" is one entry, not two), while step changes and the lens
 * following the pointer only replace the current entry, at most every STEP_WRITE_MS (browsers
 * throttle history calls, and Back should not walk steps).
 */
export const COALESCE_MS = 1000;
export const STEP_WRITE_MS = 250;

/** The part of the state a link reproduces. */
export function urlStateOf(s: AppState): UrlState {
  return {
    page: s.page,
    params: s.params,
    step: s.step,
    granularity: s.granularity,
    views: s.views,
    lang: s.lang,
    present: s.present,
    embed: s.embed,
    settings: s.pageSettings,
    lesson: s.lesson,
  };
}

/** The decoded settings, keeping each page's current object where nothing changed (no restart). */
function mergeSettings(current: PageSettings, decoded: PageSettings): PageSettings {
  const next = { ...current };
  let changed = false;
  for (const page of SETTINGS_PAGES) {
    if (samePageSettings(page, current[page], decoded[page])) continue;
    (next as Record<string, unknown>)[page] = decoded[page];
    changed = true;
  }
  return changed ? next : current;
}

function sameLessonPlace(a: LessonPlace, b: LessonPlace): boolean {
  return a.chapter === b.chapter && a.seed === b.seed && a.level === b.level && a.index === b.index;
}

/** The browser's preferred language among ours: Chinese for any zh-*, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  return languages.some((l) => l.toLowerCase().startsWith("zh")) ? "zh-CN" : "en";
}

/** Puts a decoded link into the store; the step is clamped once the trace arrives. */
export function applyUrlState(store: AppStore, state: UrlState, fallbackLang: Lang): void {
  const s = store.getState();
  store.setState({
    page: state.page,
    step: state.step,
    granularity: state.granularity,
    views: state.views,
    lang: state.lang ?? fallbackLang,
    present: state.present,
    embed: state.embed,
    pageSettings: mergeSettings(s.pageSettings, state.settings),
    lesson: sameLessonPlace(s.lesson, state.lesson) ? s.lesson : state.lesson,
    focus: null,
    playing: false,
  });
  if (s.params !== state.params) s.loadParams(state.params);
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  const fallback = preferredLang(win.navigator.languages ?? [win.navigator.language]);
  // The link is the query and the fragment: long value grids travel packed in the fragment (codec.ts).
  const current = () => `${win.location.search.replace(/^\?/, "")}${win.location.hash}`;
  const first = decode(current());
  applyUrlState(store, first.state, fallback);
  store.getState().setNotices(first.fixes);
  let written = current();
  let lastPush = 0;
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  let stopped = false;
  const write = (push: boolean) => {
    if (stopped) return;
    const query = encode(urlStateOf(store.getState()));
    // Long grids written plainly because the DEFLATE code is not here yet: written packed once it is.
    if (query.length > INLINE_GRID_LIMIT && !packerReady()) void loadPacker().then(() => write(false), () => undefined);
    if (query === written) return;
    written = query;
    const url = `${win.location.pathname}?${query}`;
    try {
      if (push) win.history.pushState(null, "", url);
      else win.history.replaceState(null, "", url);
    } catch {
      // A browser that throttles history calls refuses some; the next write carries the state.
    }
  };
  write(false);

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    const settings = settingsChange(prev.pageSettings, s.pageSettings);
    const meaningful =
      s.page !== prev.page ||
      s.params !== prev.params ||
      s.views !== prev.views ||
      s.lang !== prev.lang ||
      s.present !== prev.present ||
      s.embed !== prev.embed ||
      s.lesson !== prev.lesson ||
      settings === "push";
    if (meaningful) {
      if (timer) clearTimeout(timer);
      timer = null;
      const now = Date.now();
      write(now - lastPush > COALESCE_MS);
      lastPush = now;
    } else if ((s.step !== prev.step || s.granularity !== prev.granularity || settings === "replace") && !timer) {
      timer = setTimeout(() => {
        timer = null;
        write(false);
      }, STEP_WRITE_MS);
    }
  });

  const onPop = (): void => {
    // A packed fragment needs the DEFLATE code (usually here by now): fetched first, and if it
    // cannot be, decode says so and keeps the query's values.
    if (hasPackedFragment(current()) && !packerReady()) {
      void loadPacker().then(apply, apply);
      return;
    }
    apply();
  };
  const apply = (): void => {
    const { state, fixes } = decode(current());
    applying = true;
    try {
      applyUrlState(store, state, fallback);
      store.getState().setNotices(fixes);
    } finally {
      applying = false;
    }
    written = encode(urlStateOf(store.getState()));
  };
  win.addEventListener("popstate", onPop);
  return () => {
    stopped = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
    win.removeEventListener("popstate", onPop);
  };
}

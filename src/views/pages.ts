import type { ComponentType } from "react";
import { needMessages } from "../i18n";
import type { PageName } from "../url/state";
import { lazyPart } from "./Lazy";

/** Every page but the explorer (which the start page shows, so it is in the first chunk). */
export type OtherPage = Exclude<PageName, "explorer">;

/**
 * A page's chunk and the pages' messages (i18n/pages.*.ts), fetched side by side, with the later
 * messages (refusals, value editors) that the pages' forms show as soon as they open.
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazyPart(() => Promise.all([load(), needMessages("pages"), needMessages("later")]).then(([component]) => component));
}

/**
 * The pages the Router shows besides the explorer, each in its own chunk, fetched the first time
 * it is shown: adding a page is one row here (and its name in url/state.ts).
 */
export const PAGES: Record<OtherPage, ComponentType> = {
  gallery: page(() => import("./gallery/GalleryPage").then((m) => m.GalleryPage)),
  transpose: page(() => import("./why/TransposePage").then((m) => m.TransposePage)),
  upsample: page(() => import("./why/UpsamplePage").then((m) => m.UpsamplePage)),
  checkerboard: page(() => import("./why/CheckerboardPage").then((m) => m.CheckerboardPage)),
  learn: page(() => import("./why/LearnPage").then((m) => m.LearnPage)),
  applications: page(() => import("./why/ApplicationsPage").then((m) => m.ApplicationsPage)),
  lesson: page(() => import("./lesson/LessonPage").then((m) => m.LessonPage)),
  practice: page(() => import("./lesson/PracticePage").then((m) => m.PracticePage)),
};

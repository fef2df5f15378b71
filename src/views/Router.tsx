import { useEffect, type ReactNode } from "react";
import { useAppStore } from "../store";
import type { PageName } from "../url/state";
import { App } from "./App";
import { GalleryPage } from "./gallery/GalleryPage";
import { Header } from "./Header";
import { PresenterProvider } from "./present/PresenterProvider";
import { ApplicationsPage } from "./why/ApplicationsPage";
import { CheckerboardPage } from "./why/CheckerboardPage";
import { LearnPage } from "./why/LearnPage";
import { TransposePage } from "./why/TransposePage";
import { UpsamplePage } from "./why/UpsamplePage";
import { LessonPage } from "./lesson/LessonPage";
import { PracticePage } from "./lesson/PracticePage";
import { useT } from "./useT";

const PAGES: Record<Exclude<PageName, "explorer">, () => ReactNode> = {
  gallery: GalleryPage,
  transpose: TransposePage,
  upsample: UpsamplePage,
  checkerboard: CheckerboardPage,
  learn: LearnPage,
  applications: ApplicationsPage,
  lesson: LessonPage,
  practice: PracticePage,
};

/** Chooses the page from the store (which the URL sets): the explorer, or one of the others. */
export function Router() {
  const page = useAppStore((s) => s.page);
  const present = useAppStore((s) => s.present);
  const lang = useAppStore((s) => s.lang);
  const t = useT();
  useEffect(() => {
    // Every page, not only the explorer: screen readers and fonts follow <html lang>.
    document.documentElement.lang = lang;
    document.title = `${t("app.title")} · ${t("app.titleAlt")}`;
  }, [lang, t]);
  if (page === "explorer") return <App />;
  const Page = PAGES[page];
  // present=1 on a topic page: the same presenter chrome (no nav, larger type, Esc leaves)
  return (
    <PresenterProvider>
      {() => (
        <div className="app" data-present={present || undefined}>
          <Header />
          <main className="app-main page-main" data-page={page}>
            <Page />
          </main>
        </div>
      )}
    </PresenterProvider>
  );
}

import { useEffect } from "react";
import { useAppStore } from "../store";
import { App } from "./App";
import { Header } from "./Header";
import { PresenterProvider } from "./present/PresenterProvider";
import { PAGES } from "./pages";
import { UpdateNotice } from "./shell/UpdateNotice";
import { useT } from "./useT";

/** Chooses the page from the store (which the URL sets): the explorer, or one of the others (see pages.ts). */
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
  if (page === "explorer") {
    return (
      <>
        <App />
        <UpdateNotice />
      </>
    );
  }
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
          <UpdateNotice />
        </div>
      )}
    </PresenterProvider>
  );
}

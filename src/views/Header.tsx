import { useAppStore } from "../store";
import { LanguageSwitch } from "./LanguageSwitch";
import { NavBar } from "./nav/NavBar";
import { PresentButton } from "./present/PresentButton";
import { UrlNotice } from "./share/UrlNotice";
import { useT } from "./useT";

/**
 * Every page's header: the title in the current language with the other language's beneath it,
 * presenter mode (on the explorer), the language switch, the pages, and the notice about a link
 * that needed repairs.
 */
export function Header() {
  const t = useT();
  const altLang = useAppStore((s) => (s.lang === "en" ? "zh-CN" : "en"));
  // Presenter mode exists where there is something to project: the explorer, the lesson and practice.
  const explorer = useAppStore((s) => s.page === "explorer" || s.page === "lesson" || s.page === "practice");
  const present = useAppStore((s) => s.present);
  return (
    <>
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          <svg viewBox="0 0 32 32" width="30" height="30">
            <rect x="3" y="3" width="11" height="11" rx="2.5" fill="#0072B2" />
            <rect x="18" y="3" width="11" height="11" rx="2.5" fill="#56B4E9" />
            <rect x="3" y="18" width="11" height="11" rx="2.5" fill="#56B4E9" />
            <rect x="18" y="18" width="11" height="11" rx="2.5" fill="#E69F00" />
          </svg>
        </span>
        <div className="titles">
          <h1>{t("app.title")}</h1>
          <p className="title-alt" lang={altLang}>
            {t("app.titleAlt")}
          </p>
        </div>
      </div>
      <p className="tagline">{t("app.tagline")}</p>
      {explorer || present ? <PresentButton /> : null}
      <LanguageSwitch />
    </header>
    <NavBar />
    <UrlNotice />
    </>
  );
}

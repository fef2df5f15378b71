import { useAppStoreApi } from "../../store";
import { isPlainClick } from "../share/ExplorerLink";
import { useT } from "../useT";
import "./lesson.css";

/** The start page's way into the lesson: a prominent link to chapter 1 (the bare URL stays the explorer). */
export function LessonEntry() {
  const t = useT();
  const api = useAppStoreApi();
  return (
    <div className="lesson-entry">
      <a
        className="guided-cta"
        href="?lesson=1"
        onClick={(e) => {
          if (!isPlainClick(e)) return;
          e.preventDefault();
          api.getState().openChapter(1);
          document.documentElement.scrollTop = 0;
        }}
      >
        {t("lesson.start")}
      </a>
      <p>{t("lesson.startLead")}</p>
    </div>
  );
}

import { useAppStore, useAppStoreApi, useAppStoreShallow } from "../../store";
import { useT } from "../useT";
import { fixText } from "./fixText";
import "./share.css";

/**
 * What a link held that had to be repaired, in the current language, dismissible. The app behind
 * it is already working with everything that could be kept. Its own chunk with its words (the
 * `later` messages): fetched for a link that needed repairs, by UrlNotice.
 */
export function UrlNoticeBody() {
  const t = useT();
  const api = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const { notices } = useAppStoreShallow((s) => ({ notices: s.notices }));
  if (!notices.length) return null;
  return (
    <section className="url-notice" role="status" aria-labelledby="url-notice-title" data-testid="url-notice">
      <div className="url-notice-text">
        <h2 id="url-notice-title">{t("notice.title")}</h2>
        <p>{t("notice.lead")}</p>
        <ul>
          {notices.map((f, i) => (
            <li key={i}>{fixText(t, lang, f)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="url-notice-dismiss" aria-label={t("notice.dismissLabel")} onClick={() => api.getState().dismissNotices()}>
        {t("notice.dismiss")}
      </button>
    </section>
  );
}

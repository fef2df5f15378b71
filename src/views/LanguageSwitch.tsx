import type { Lang } from "../i18n";
import { useAppStore, useAppStoreApi } from "../store";
import { useT } from "./useT";

/** EN / 中文. Each label is written in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const t = useT();
  const api = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const option = (value: Lang, label: string, title: string) => (
    <button
      type="button"
      className="lang-option"
      aria-pressed={lang === value}
      lang={value}
      title={title}
      onClick={() => api.getState().setLang(value)}
    >
      {label}
    </button>
  );
  return (
    <div className="lang-switch" role="group" aria-label={t("lang.label")}>
      {option("en", t("lang.en"), t("lang.enTitle"))}
      {option("zh-CN", t("lang.zh"), t("lang.zhTitle"))}
    </div>
  );
}

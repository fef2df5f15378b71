import { memo } from "react";
import { useAppStoreShallow } from "../../store";
import { useLocalizeProblem } from "../useLocalizeProblem";
import { useT } from "../useT";

/** A refused change or a worker crash, inline; the last valid parameters and result stay on screen. */
export const ErrorNotice = memo(function ErrorNotice() {
  const t = useT();
  const localize = useLocalizeProblem();
  const { error, hasResult } = useAppStoreShallow((s) => ({
    error: s.paramsProblem ?? s.error,
    hasResult: s.exploration !== null,
  }));
  if (!error) return null;
  return (
    <div className="error-notice" role="alert">
      <strong>{t("error.title")}</strong>
      <span className="error-message">{localize(error)}</span>
      {hasResult ? <span className="error-stale">{t("error.stale")}</span> : null}
    </div>
  );
});

import { memo } from "react";
import { useAppStoreShallow } from "../../store";
import { useLocalizeProblem } from "../useLocalizeProblem";
import { useT } from "../useT";

/**
 * A refused change, a worker crash, or a worker that could not be loaded or answer (with a retry),
 * inline; the last valid parameters and result stay on screen.
 */
export const ErrorNotice = memo(function ErrorNotice() {
  const t = useT();
  const localize = useLocalizeProblem();
  const { error, hasResult, retryable, compute } = useAppStoreShallow((s) => ({
    error: s.paramsProblem ?? s.error,
    hasResult: s.exploration !== null,
    // A worker that could not be loaded or stayed silent: not the configuration's fault.
    retryable: s.paramsProblem === null && s.retryable,
    compute: s.compute,
  }));
  if (!error) return null;
  return (
    <div className="error-notice" role="alert" data-retryable={retryable || undefined}>
      <strong>{t(retryable ? "worker.unavailable" : "error.title")}</strong>
      <span className="error-message">{localize(error)}</span>
      {hasResult ? <span className="error-stale">{t("error.stale")}</span> : null}
      {retryable ? (
        <button type="button" className="error-retry" onClick={() => void compute()}>
          {t("worker.retry")}
        </button>
      ) : null}
    </div>
  );
});

import { memo } from "react";
import { useAppStoreShallow } from "../../store";
import { useT } from "../useT";

/** Where and how fast the result was computed, or "Computing…"; also the stage's placeholder. */
export const StatusLine = memo(function StatusLine({ placeholder = false }: { placeholder?: boolean }) {
  const t = useT();
  const { loading, backend, ms, error } = useAppStoreShallow((s) => ({
    loading: s.loading,
    backend: s.backend,
    ms: s.computeMs,
    error: s.error,
  }));
  if (placeholder) {
    return <p className="stage-placeholder">{loading ? t("status.loading") : error ? t("error.none") : t("status.loading")}</p>;
  }
  let text = "";
  if (loading) text = t("status.loading");
  else if (backend && ms !== null) {
    const rounded = ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
    text = backend === "worker" ? t("status.worker", { ms: rounded }) : t("status.mainThread", { ms: rounded });
  }
  return (
    <p className="status-line" data-backend={backend ?? undefined} aria-live="polite">
      {text}
    </p>
  );
});

import { memo } from "react";
import type { ExplorerParams } from "../../params/explorerParams";
import { useAppStoreShallow } from "../../store";
import { useT } from "../useT";

const sizeOf = (p: Pick<ExplorerParams, "inC" | "inH" | "inW">) => `${p.inC > 1 ? `${p.inC}×` : ""}${p.inH}×${p.inW}`;

/**
 * What the views cannot say themselves: that a result is still coming (after a moment, see
 * usePending) and that they show an older one meanwhile, or that the watchdog had to restart a
 * silent worker to get the one shown.
 */
export const ComputeNotice = memo(function ComputeNotice({ pending }: { pending: boolean }) {
  const t = useT();
  const { now, then, retried } = useAppStoreShallow((s) => ({
    now: sizeOf(s.params),
    then: s.exploredFrom ? sizeOf(s.exploredFrom) : null,
    retried: s.retried,
  }));
  if (pending) {
    return (
      <p className="compute-notice" role="status" data-kind="pending" data-testid="compute-pending">
        {then === null ? t("worker.pendingFirst", { now }) : t("worker.pending", { now, then })}
      </p>
    );
  }
  if (retried) {
    return (
      <p className="compute-notice" role="status" data-kind="restarted" data-testid="compute-restarted">
        {t("worker.restarted")}
      </p>
    );
  }
  return null;
});

import { useEffect, useSyncExternalStore } from "react";
import { dismissServiceWorkerNotice, onServiceWorkerState, serviceWorkerState, takeUpdateNow } from "../../pwa/serviceWorker";
import { useT } from "../useT";
import "./shell.css";

/**
 * One line about the service worker, when there is something to say: the app is ready offline
 * (once, after the first visit's precaching), or a new version waits for the next visit (with a
 * button to take it now). Renders nothing otherwise, and always nothing without a service worker.
 * The "ready offline" line is news, not a choice: it goes by itself after OFFLINE_NOTICE_MS, since
 * it sits over the bottom of the page (the player, the lesson's Next). The update line waits.
 */
export const OFFLINE_NOTICE_MS = 6_000;

export function UpdateNotice() {
  const t = useT();
  const state = useSyncExternalStore(onServiceWorkerState, serviceWorkerState);
  useEffect(() => {
    if (state !== "offline-ready") return;
    const timer = setTimeout(() => {
      if (serviceWorkerState() === "offline-ready") dismissServiceWorkerNotice();
    }, OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [state]);
  if (state === "idle") return null;
  return (
    <p className="sw-notice" role="status" data-sw={state}>
      <span>{state === "offline-ready" ? t("sw.offlineReady") : t("sw.updateWaiting")}</span>
      {state === "update-waiting" ? (
        <button type="button" onClick={takeUpdateNow}>
          {t("sw.updateNow")}
        </button>
      ) : null}
      <button type="button" onClick={dismissServiceWorkerNotice} aria-label={t("sw.dismissLabel")} title={t("sw.dismiss")}>
        ×
      </button>
    </p>
  );
}

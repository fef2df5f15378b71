import { useDeferredValue, useMemo, useState, useSyncExternalStore } from "react";
import { useAppStoreShallow } from "../../store";
import { encode } from "../../url/codec";
import { onPackerReady, packerReady } from "../../url/fragment";
import { urlStateOf } from "../../url/sync";
import { useT } from "../useT";
import "./share.css";

/** The link to exactly this view, kept live from the store, and a button that copies it. */
export function CopyLink() {
  const t = useT();
  // Select only what a link holds, so hover and playback flags do not re-encode the whole state.
  const linkState = useAppStoreShallow((s) => urlStateOf(s));
  // Encoded in a deferred render: while the player runs, the link follows without costing frames.
  const shown = useDeferredValue(linkState);
  // Long grids are packed once the DEFLATE code is here (url/fragment.ts): the link is written again then.
  const packed = useSyncExternalStore(onPackerReady, packerReady);
  const query = useMemo(() => encode(shown), [shown, packed]);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const link = `${window.location.origin}${window.location.pathname}?${query}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <div className="copy-link">
      <input className="copy-link-text" readOnly value={link} aria-label={t("share.label")} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="copy-link-button" title={t("share.copyTitle")} onClick={() => void copy()}>
        {t("share.copy")}
      </button>
      <span className="copy-link-status" role="status" aria-live="polite">
        {status === "copied" ? t("share.copied") : status === "failed" ? t("share.copyFailed") : ""}
      </span>
    </div>
  );
}

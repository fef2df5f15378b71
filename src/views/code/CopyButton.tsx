import { useEffect, useRef, useState, type RefObject } from "react";
import { useT } from "../useT";
import { copyText, selectContents } from "./copyText";

type CopyState = "idle" | "copied" | "failed";

/**
 * A Copy button with its confirmation ("Copied", announced politely). When the browser refuses
 * both clipboard paths, the text is selected instead and the person is told to press Ctrl+C.
 */
export function CopyButton(props: { text: string; label: string; name?: string; title: string; source: RefObject<HTMLElement | null> }) {
  const { text, label, name, title, source } = props;
  const t = useT();
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => setState("idle"), [text]);

  const onClick = async (): Promise<void> => {
    const ok = await copyText(text);
    if (!ok && source.current) selectContents(source.current);
    setState(ok ? "copied" : "failed");
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState("idle"), ok ? 2000 : 6000);
  };

  return (
    <span className="copy">
      <span className="copy-status" role="status" aria-live="polite" data-state={state}>
        {state === "copied" ? t("code.copied") : state === "failed" ? t("code.copyFailed") : ""}
      </span>
      <button type="button" className="copy-button" aria-label={name} title={title} onClick={() => void onClick()} data-state={state}>
        <svg className="icon" viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false">
          {state === "copied" ? (
            <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" fill="currentColor" />
          ) : (
            <path
              d="M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11v14z"
              fill="currentColor"
            />
          )}
        </svg>
        {label}
      </button>
    </span>
  );
}

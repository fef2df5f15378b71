import type { ReactNode } from "react";
import { problemOf, type ExplorerParams } from "../../../params/explorerParams";
import { useAppStore, useAppStoreApi } from "../../../store";
import { useT } from "../../useT";
import { isPlainClick } from "../upsample/PageLink";
import { explorerHref } from "./explorerLink";

/**
 * "Open in the explorer": a real link to the configuration's URL (new tab, copy, share); a plain
 * click loads the parameters into the store and switches page. A configuration the explorer
 * refuses (its input over 32×32, say) is shown with the explorer's own reason instead.
 */
export function ExplorerLink({ params, children, testId }: { params: ExplorerParams; children: ReactNode; testId?: string }) {
  const t = useT();
  const api = useAppStoreApi();
  const lang = useAppStore((s) => s.lang);
  const problem = problemOf(params);
  if (problem) {
    return (
      <span className="explorer-link" aria-disabled="true" data-testid={testId} title={problem}>
        {t("why.explorer.unavailable")}
      </span>
    );
  }
  return (
    <a
      className="explorer-link"
      href={explorerHref(params, lang)}
      data-testid={testId}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        if (api.getState().loadParams(params) === null) {
          api.getState().setPage("explorer");
          document.documentElement.scrollTop = 0;
        }
      }}
    >
      {children}
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

import type { ReactNode } from "react";
import type { ExplorerParams } from "../../../params/explorerParams";
import { ExplorerLink } from "../../share/ExplorerLink";
import { useT } from "../../useT";

/** The checkerboard page's "open in the explorer": the shared link, with the page's wording. */
export function CheckerExplorerLink({ params, children, testId }: { params: ExplorerParams; children: ReactNode; testId?: string }) {
  const t = useT();
  return (
    <ExplorerLink className="explorer-link" target={{ params }} testId={testId} blocked={t("why.explorer.unavailable")}>
      {children}
      <span aria-hidden="true"> ↗</span>
    </ExplorerLink>
  );
}

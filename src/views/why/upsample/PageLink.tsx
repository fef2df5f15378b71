import type { MouseEvent, ReactNode } from "react";
import { useAppStoreApi } from "../../../store";
import type { PageName } from "../../../url/state";
import { isPlainClick } from "../../share/ExplorerLink";

/** A real link to another page (?page=…); a plain click switches page in place, as the nav does. */
export function PageLink({ page, children, className }: { page: PageName; children: ReactNode; className?: string }) {
  const api = useAppStoreApi();
  return (
    <a
      className={className}
      href={page === "explorer" ? "?" : `?page=${page}`}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        api.getState().setPage(page);
        document.documentElement.scrollTop = 0;
      }}
    >
      {children}
    </a>
  );
}

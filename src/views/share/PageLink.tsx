import type { ReactNode } from "react";
import { useAppStoreApi } from "../../store";
import type { PageName } from "../../url/state";
import { isPlainClick } from "./ExplorerLink";

/**
 * A real link to another page (?page=…, new tab and copy work); a plain click switches page in
 * place and scrolls to the top. `current` marks the link of the page shown (the nav's).
 */
export function PageLink({ page, children, className, current }: { page: PageName; children: ReactNode; className?: string; current?: boolean }) {
  const api = useAppStoreApi();
  return (
    <a
      className={className}
      href={page === "explorer" ? "?" : page === "lesson" ? "?lesson=1" : page === "practice" ? "?practice=1" : `?page=${page}`}
      aria-current={current ? "page" : undefined}
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

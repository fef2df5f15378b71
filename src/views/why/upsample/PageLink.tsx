import type { MouseEvent, ReactNode } from "react";
import { useAppStoreApi } from "../../../store";
import type { PageName } from "../../../url/state";

/** True for a plain left click: a modified one (new tab, new window) is left to the browser. */
export function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

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

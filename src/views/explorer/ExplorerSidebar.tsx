import { useId, useState, type ReactNode } from "react";
import { useAppStoreShallow } from "../../store";
import { useT } from "../useT";

/** "3×3", or "3" when both axes agree: the toggle's summary stays one short line on a phone. */
function pair(a: number, b: number, sep = "×"): string {
  return a === b ? String(a) : `${a}${sep}${b}`;
}

/**
 * The explorer's sidebar (parameters, formulas, sharing). Beside the views on a wide screen; below
 * about 1000 px, where it would squeeze the views to a word a line, it becomes one collapsible bar
 * above them that says the current parameters (the CSS decides which applies, so a resize never
 * re-renders the panels). It starts closed: a phone opens on the example, not on a form.
 */
export function ExplorerSidebar({ children }: { children: ReactNode }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const p = useAppStoreShallow((s) => ({ k: pair(s.params.kH, s.params.kW), s: pair(...s.params.stride, ","), p: pair(...s.params.padding, ",") }));
  return (
    <aside className="explorer-sidebar" aria-label={t("layout.sidebar")} data-open={open || undefined}>
      <button type="button" className="sidebar-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <span className="sidebar-toggle-mark" aria-hidden="true" />
        <span className="sidebar-toggle-name">{t("layout.sidebarToggle")}</span>
        <span className="sidebar-toggle-summary">{t("layout.sidebarSummary", p)}</span>
      </button>
      <div className="sidebar-body" id={id}>
        {children}
      </div>
    </aside>
  );
}

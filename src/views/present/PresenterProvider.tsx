import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { useAppStore } from "../../store";
import { PresentLayoutContext, type PresentLayout } from "./presentLayout";
import { needMessages } from "../../i18n";
import { lazyPart } from "../Lazy";
import { usePresenterKeys } from "./usePresenterKeys";

// Fetched with presenter mode: outside it there is no sheet to show.
const ShortcutSheet = lazyPart(() => Promise.all([import("./ShortcutSheet"), needMessages("later")]).then(([m]) => m.ShortcutSheet));

const HelpContext = createContext<() => void>(() => {});

/** Opens the shortcut sheet (presenter mode's `?` button). */
export function useOpenShortcuts(): () => void {
  return useContext(HelpContext);
}

/**
 * Presenter mode's own state, around a page: its keys, the layout of the views (side by side or
 * one a row, V) and the shortcut sheet (?). `children` get the layout through usePresentLayout and
 * the `layout` attribute for the page's root through the render function.
 */
export function PresenterProvider({ children }: { children: (layout: PresentLayout) => ReactNode }) {
  const present = useAppStore((s) => s.present);
  const explorer = useAppStore((s) => s.page === "explorer");
  const [layout, setLayout] = useState<PresentLayout>("row");
  const [sheet, setSheet] = useState(false);
  const toggleLayout = useCallback(() => setLayout((l) => (l === "row" ? "stack" : "row")), []);
  const help = useCallback(() => setSheet(true), []);
  usePresenterKeys(present, { layout: toggleLayout, help, params: explorer });
  return (
    <PresentLayoutContext.Provider value={layout}>
      <HelpContext.Provider value={help}>
        {children(layout)}
        {present && explorer ? <ShortcutSheet open={sheet} onClose={() => setSheet(false)} /> : null}
      </HelpContext.Provider>
    </PresentLayoutContext.Provider>
  );
}

import { memo, useState } from "react";
import { needMessages } from "../../i18n";
import { lazyPart } from "../Lazy";
import { useT } from "../useT";

/** The toolbars' code and words are fetched the first time the drawer opens. */
const EditToolbar = lazyPart(() => Promise.all([import("../edit/EditToolbar"), needMessages("later")]).then(([m]) => m.EditToolbar));

/**
 * The input's and the kernel's editing toolbars (fill presets, paste, the flip toggle) under the
 * grids they edit, folded by default so the grids and the timeline share one screen; cells stay
 * editable in place (click, or Enter on a focused cell). The toolbars render once it has been
 * opened, and stay (their state survives folding it again).
 */
export const EditDrawer = memo(function EditDrawer() {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <details className="edit-drawer" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t("view.editTools")}</summary>
      <div className="edit-drawer-body">
        {opened ? (
          <>
            <EditToolbar grid="input" />
            <EditToolbar grid="kernel" />
          </>
        ) : null}
      </div>
    </details>
  );
});

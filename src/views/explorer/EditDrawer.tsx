import { memo } from "react";
import { EditToolbar } from "../edit/EditToolbar";
import { useT } from "../useT";

/**
 * The input's and the kernel's editing toolbars (fill presets, paste, the flip toggle) under the
 * grids they edit, folded by default so the grids and the timeline share one screen; cells stay
 * editable in place (click, or Enter on a focused cell).
 */
export const EditDrawer = memo(function EditDrawer() {
  const t = useT();
  return (
    <details className="edit-drawer">
      <summary>{t("view.editTools")}</summary>
      <div className="edit-drawer-body">
        <EditToolbar grid="input" />
        <EditToolbar grid="kernel" />
      </div>
    </details>
  );
});

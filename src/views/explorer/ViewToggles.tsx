import { memo } from "react";
import type { Mode } from "../../core";
import { useAppStore, useAppStoreApi } from "../../store";
import type { ViewName } from "../../url/state";
import { useT } from "../useT";

/**
 * Which views are shown side by side (store.views; the last one shown stays). In conv mode the
 * scatter view is the sliding window and the zero-insertion view does not apply: it stays listed,
 * disabled, with the reason.
 */
export const ViewToggles = memo(function ViewToggles({ mode }: { mode: Mode }) {
  const t = useT();
  const api = useAppStoreApi();
  const views = useAppStore((s) => s.views);
  const conv = mode === "conv";
  const shown = shownViews(views, mode);
  const options: Array<{ view: ViewName; label: string; title: string; disabled?: boolean }> = [
    { view: "scatter", label: conv ? t("view.window") : t("view.scatter"), title: conv ? t("view.windowLead") : t("view.scatterLead") },
    { view: "zero", label: t("view.zero"), title: conv ? t("view.zeroConv") : t("view.zeroTitle"), disabled: conv },
    { view: "matrix", label: t("view.matrix"), title: conv ? t("view.matrixConv") : t("view.matrixTitle") },
  ];
  return (
    <div className="view-toggles" role="group" aria-label={t("view.label")}>
      <span className="view-toggles-label" aria-hidden="true">
        {t("view.label")}
      </span>
      {options.map((o) => (
        <button
          type="button"
          key={o.view}
          className="view-toggle"
          data-view-toggle={o.view}
          aria-pressed={shown.includes(o.view)}
          disabled={o.disabled}
          title={o.title}
          onClick={() => {
            const next = shown.includes(o.view) ? shown.filter((v) => v !== o.view) : [...shown, o.view];
            if (next.length === 0) return; // the last view shown stays
            if (conv && views.includes("zero")) next.push("zero"); // kept for when the direction turns
            api.getState().setViews(next);
          }}
        >
          <span className="view-toggle-box" aria-hidden="true" />
          {o.label}
        </button>
      ))}
    </div>
  );
});

/** The views to draw: store.views, without zero-insertion in conv mode (and never none). */
export function shownViews(views: readonly ViewName[], mode: Mode): ViewName[] {
  const shown = mode === "conv" ? views.filter((v) => v !== "zero") : [...views];
  return shown.length ? shown : ["scatter"];
}

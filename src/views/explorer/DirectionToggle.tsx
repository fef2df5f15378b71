import { memo } from "react";
import type { Mode } from "../../core";
import { useAppStore, useAppStoreApi } from "../../store";
import { useT } from "../useT";

/** The one control that switches between the convolution and its reverse (a segmented toggle). */
export const DirectionToggle = memo(function DirectionToggle() {
  const t = useT();
  const api = useAppStoreApi();
  const mode = useAppStore((s) => s.params.mode);
  const option = (value: Mode, label: string) => (
    <button
      type="button"
      className="segment"
      aria-pressed={mode === value}
      data-direction={value}
      onClick={() => void api.getState().setMode(value)}
    >
      {label}
    </button>
  );
  return (
    <div className="segmented" role="group" aria-label={t("direction.label")}>
      {option("conv", t("direction.conv"))}
      {option("transposed", t("direction.transposed"))}
    </div>
  );
});

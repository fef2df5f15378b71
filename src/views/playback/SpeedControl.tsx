import { memo } from "react";
import { speedOptions } from "../../playback/speeds";
import { useAppStore, useAppStoreApi } from "../../store";
import { useT } from "../useT";

/** Steps per second, 0.5× to 64× (the + and − keys step through the same list). */
export const SpeedControl = memo(function SpeedControl() {
  const t = useT();
  const api = useAppStoreApi();
  const speed = useAppStore((s) => s.speed);
  return (
    <label className="speed" title={t("timeline.speedTitle")}>
      <span>{t("timeline.speed")}</span>
      <select value={speed} onChange={(e) => api.getState().setSpeed(Number(e.currentTarget.value))}>
        {speedOptions(speed).map((s) => (
          <option key={s} value={s}>
            {t("timeline.speedOption", { speed: s })}
          </option>
        ))}
      </select>
    </label>
  );
});

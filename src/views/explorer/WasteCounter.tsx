import { useMemo } from "react";
import { croppedContributions, zeroInsertionCostThrough, type Multiplications } from "../frames/cost";
import { useT } from "../useT";
import type { ExplorerFrame } from "./models";

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : "–";
}

/**
 * What the zero-insertion emulation costs: its multiplications by an input value (useful), by an
 * inserted zero and by the border, counted live while stepping by output cell (the emulation's own
 * order), with the share that is useful and what the scatter-add needs for the same output.
 */
export function WasteCounter({ frame }: { frame: ExplorerFrame }) {
  const t = useT();
  const zi = frame.e.zeroInsertion;
  const s = frame.e.scatter;
  const m = frame.moment;
  const live = m.granularity === "gather";
  const all = useMemo(() => (zi ? zeroInsertionCostThrough(zi, zi.window.steps - 1) : null), [zi]);
  if (!zi || !s || !all) return null;
  const shown: Multiplications = live ? zeroInsertionCostThrough(zi, m.step) : all;
  const total = shown.useful + shown.inserted + shown.border;
  const wasted = shown.inserted + shown.border;
  const scatterMacs = s.steps * s.contribPerStep;
  const cropped = croppedContributions(s);
  return (
    <section
      className="waste"
      aria-label={t("waste.title")}
      data-testid="waste"
      data-useful={shown.useful}
      data-inserted={shown.inserted}
      data-border={shown.border}
    >
      <header className="waste-head">
        <h3>{t("waste.title")}</h3>
        <span className="waste-scope">{live ? t("waste.soFar", { n: Math.max(0, m.step + 1), total: m.steps }) : t("waste.inAll")}</span>
      </header>
      <div className="waste-bar" aria-hidden="true">
        <span className="waste-useful" style={{ flexGrow: shown.useful }} />
        <span className="waste-inserted" style={{ flexGrow: shown.inserted }} />
        <span className="waste-border" style={{ flexGrow: shown.border }} />
      </div>
      <ul className="waste-counts">
        <li>
          <span className="swatch swatch-useful" aria-hidden="true" />
          {t("waste.useful", { count: shown.useful })}
        </li>
        <li>
          <span className="swatch swatch-inserted" aria-hidden="true" />
          {t("waste.inserted", { count: shown.inserted })}
        </li>
        <li>
          <span className="swatch swatch-border" aria-hidden="true" />
          {t("waste.border", { count: shown.border })}
        </li>
      </ul>
      <p className="waste-ratio">
        {t("waste.ratio", { useful: percent(shown.useful, total), wasted: percent(wasted, total), total })}
      </p>
      <p className="waste-note">
        {t("waste.scatter", { macs: scatterMacs, useful: scatterMacs - cropped, all: all.useful + all.inserted + all.border })}
        {live ? null : ` ${t("waste.hint")}`}
      </p>
    </section>
  );
}

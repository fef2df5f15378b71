import { memo, useId } from "react";
import { useAppStore, useAppStoreApi, useAppStoreShallow } from "../../store";
import { effectiveGranularity, macsOf, MAC_STEP_LIMIT, stepsOf, type Granularity } from "../../model/steps";
import { useT } from "../useT";

const ORDER: readonly Granularity[] = ["scatter", "gather", "mac"];

/**
 * What one step is: an input cell (scatter order), an output cell (gather order) or a single
 * multiply-add. Options the exploration cannot offer are disabled, and the reason is written out.
 */
export const GranularityPicker = memo(function GranularityPicker() {
  const t = useT();
  const api = useAppStoreApi();
  const { exploration, granularity } = useAppStoreShallow((s) => ({ exploration: s.exploration, granularity: s.granularity }));
  const lang = useAppStore((s) => s.lang);
  const name = useId();
  const effective = effectiveGranularity(exploration, granularity);
  const macs = exploration ? macsOf(exploration) : 0;
  const fmt = (n: number) => n.toLocaleString(lang);
  /** Why an option is off: a short tag on the option, the sentence for its title and screen readers. */
  const reasons: Partial<Record<Granularity, { tag: string; full: string }>> = {};
  if (exploration?.mode === "conv") reasons.scatter = { tag: t("timeline.scatterConvTag"), full: t("timeline.scatterConv") };
  if (macs > MAC_STEP_LIMIT) {
    reasons.mac = {
      tag: t("timeline.macTooManyTag", { count: fmt(macs) }),
      full: t("timeline.macTooMany", { count: fmt(macs), limit: fmt(MAC_STEP_LIMIT) }),
    };
  }
  const text = {
    scatter: [t("timeline.scatter"), t("timeline.scatterOrder"), t("timeline.scatterTitle")],
    gather: [t("timeline.gather"), t("timeline.gatherOrder"), t("timeline.gatherTitle")],
    mac: [t("timeline.mac"), t("timeline.macOrder"), t("timeline.macTitle")],
  } satisfies Record<Granularity, string[]>;

  return (
    <div className="granularity" role="radiogroup" aria-label={t("timeline.granularity")}>
      <span className="timeline-label" aria-hidden="true">
        {t("timeline.granularity")}
      </span>
      {ORDER.map((g) => {
        const [label, order, title] = text[g];
        const reason = reasons[g];
        const disabled = reason !== undefined || !exploration;
        const reasonId = `${name}-${g}`;
        return (
          <label key={g} className="granularity-option" data-granularity={g} data-disabled={disabled || undefined} title={reason?.full ?? title}>
            <input
              type="radio"
              name={name}
              value={g}
              checked={effective === g}
              disabled={disabled}
              aria-describedby={reason ? reasonId : undefined}
              onChange={() => api.getState().setGranularity(g)}
            />
            <span className="granularity-face">
              <span className="granularity-name">{label}</span>
              <span className="granularity-count">
                {order}
                {" · "}
                <span aria-hidden={reason ? true : undefined}>
                  {reason ? reason.tag : exploration ? t("timeline.steps", { count: fmt(stepsOf(exploration, g)) }) : "—"}
                </span>
              </span>
            </span>
            {reason ? (
              <span id={reasonId} className="visually-hidden">
                {reason.full}
              </span>
            ) : null}
          </label>
        );
      })}
    </div>
  );
});

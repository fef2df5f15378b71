import type { Report } from "../../core/problem";
import { askIfPending, renderProblem } from "../../i18n/problems";
import { useAppStore } from "../../store";
import { useT } from "../useT";

/**
 * A rule the store (or a stepper's check) reported, in the current language, after a lead-in
 * ("Not applied, it breaks a rule:" or "5 would break a rule:"); Chinese takes no space after "：".
 */
export function RuleText({ problem, lead }: { problem: Report; lead?: string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  return (
    <>
      <span className="field-lead">{lead ?? t("controls.ruleLead")}</span>
      {lang === "zh-CN" ? "" : " "}
      <span className="field-rule" data-rule={typeof problem === "string" ? undefined : problem.code}>
        {askIfPending(renderProblem(problem, lang))}
      </span>
    </>
  );
}

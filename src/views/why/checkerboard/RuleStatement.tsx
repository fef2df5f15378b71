import type { CheckerboardRule } from "../../../core";
import { useAppStore } from "../../../store";
import { useT } from "../../useT";
import { listOr, phaseSequence, ruleCase } from "./ruleText";

/**
 * The checkerboard rule stated with the current numbers: whether k is a multiple of s, what that
 * does to the counts in 1D and 2D, and the general rule underneath.
 */
export function RuleStatement({ rule }: { rule: CheckerboardRule }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { kernel: k, stride: s } = rule;
  const kind = ruleCase(rule);
  const vars = {
    k,
    s,
    r: k % s,
    seq: phaseSequence(rule),
    values: listOr(rule.values2d, lang),
    n: k / s,
    n2: (k / s) ** 2,
  };
  return (
    <div className="rule-statement" data-case={kind} data-testid="rule-statement">
      <span className="rule-badge">{t(`why.rule.badge.${kind}`)}</span>
      <p className="rule-main" aria-live="polite">
        {kind === "even" ? t("why.rule.even", vars) : kind === "uneven" ? t("why.rule.uneven", vars) : t("why.rule.gaps", vars)}
      </p>
      <p className="rule-general">{t("why.rule.general")}</p>
    </div>
  );
}

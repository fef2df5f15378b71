import { memo, useMemo } from "react";
import type { Exploration } from "../../core";
import { agrees, routesOf, type Route } from "../frames/agreement";
import { formatNumber } from "../../format/number";
import { useT } from "../useT";

const ROUTE_KEY = {
  window: "check.window",
  scatter: "check.scatter",
  zeroInsertion: "check.zeroInsertion",
  matrix: "check.matrix",
} as const satisfies Record<Route["route"], string>;

/**
 * The visible check that every route gives the same output: each final state the core computed
 * (scatter-add, zero-insertion conv, matrix·vec(input), or the sliding window) against the direct
 * conv2d / conv_transpose2d loops, with the largest absolute difference. Compared, not assumed:
 * said in plain words, the figures one click away (open by themselves when the routes disagree).
 */
export const AgreementCheck = memo(function AgreementCheck({ exploration }: { exploration: Exploration }) {
  const t = useT();
  const { routes, ok, worst } = useMemo(() => {
    const routes = routesOf(exploration);
    const worst = Math.max(...routes.map((r) => r.maxDiff));
    return { routes, ok: routes.every((r) => agrees(r.maxDiff, exploration)), worst };
  }, [exploration]);
  const direct = exploration.mode === "conv" ? "conv2d" : "conv_transpose2d";
  const plain = !ok ? t("check.plainDiffer") : routes.length === 2 ? t("check.plainBoth") : t("check.plainAll", { n: routes.length });
  // The plain sentence first; the differences, which only mean something to whom asks, behind a disclosure.
  return (
    <section className="check" data-testid="agreement" data-agree={ok} data-max-diff={worst} aria-label={t("check.label")}>
      <span className={ok ? "check-mark" : "check-mark check-fail"} aria-hidden="true">
        {ok ? "✓" : "✗"}
      </span>
      <div className="check-text">
        <strong className="check-plain">{plain}</strong>
        <details className="check-figures" open={!ok || undefined}>
          <summary>{t("check.figures")}</summary>
          <p>
            {ok ? t("check.same") : t("check.differ")} {t("check.diff", { direct })}{" "}
            {routes.map((r, i) => (
              <span className="check-route" key={r.route} data-route={r.route} data-max-diff={r.maxDiff}>
                {i > 0 ? " · " : ""}
                {t(ROUTE_KEY[r.route])} <code>{formatNumber(r.maxDiff)}</code>
              </span>
            ))}
          </p>
        </details>
      </div>
    </section>
  );
});

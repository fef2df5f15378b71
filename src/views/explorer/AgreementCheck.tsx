import { memo, useMemo } from "react";
import type { Exploration } from "../../core";
import { agrees, routesOf, type Route } from "../frames/agreement";
import { formatNumber } from "../format";
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
 * conv2d / conv_transpose2d loops, with the largest absolute difference. Compared, not assumed.
 */
export const AgreementCheck = memo(function AgreementCheck({ exploration }: { exploration: Exploration }) {
  const t = useT();
  const { routes, ok, worst } = useMemo(() => {
    const routes = routesOf(exploration);
    const worst = Math.max(...routes.map((r) => r.maxDiff));
    return { routes, ok: routes.every((r) => agrees(r.maxDiff, exploration)), worst };
  }, [exploration]);
  const direct = exploration.mode === "conv" ? "conv2d" : "conv_transpose2d";
  return (
    <section className="check" data-testid="agreement" data-agree={ok} data-max-diff={worst} aria-label={t("check.label")}>
      <span className={ok ? "check-mark" : "check-mark check-fail"} aria-hidden="true">
        {ok ? "✓" : "✗"}
      </span>
      <p className="check-text">
        <strong>{ok ? t("check.same") : t("check.differ")}</strong> {t("check.diff", { direct })}{" "}
        {routes.map((r, i) => (
          <span className="check-route" key={r.route} data-route={r.route} data-max-diff={r.maxDiff}>
            {i > 0 ? " · " : ""}
            {t(ROUTE_KEY[r.route])} <code>{formatNumber(r.maxDiff)}</code>
          </span>
        ))}
      </p>
    </section>
  );
});

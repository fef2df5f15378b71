import { formatNumber } from "../../format/number";
import { useT } from "../useT";
import type { Ramp } from "./entryColors";

/** What the matrix's marks mean; on canvas, also the colour ramp of the weights. */
export function MatrixLegend({ ramp, pending }: { ramp: Ramp | null; pending: boolean }) {
  const t = useT();
  return (
    <ul className="mx-legend" aria-label={t("matrix.legendLabel")}>
      {ramp ? (
        <li className="mx-ramp">
          <span>{t("matrix.legendRamp")}</span>
          <span className="mx-ramp-end">{formatNumber(ramp.lo === ramp.hi ? Math.min(0, ramp.lo) : ramp.lo)}</span>
          <span className="mx-ramp-bar" style={{ background: ramp.gradient }} aria-hidden="true" />
          <span className="mx-ramp-end">{formatNumber(ramp.hi)}</span>
        </li>
      ) : (
        <li>
          <span className="mx-swatch mx-sw-entry" aria-hidden="true">
            w
          </span>
          {t("matrix.legendEntry")}
        </li>
      )}
      <li>
        <span className="mx-swatch mx-sw-zero" aria-hidden="true" />
        {t("matrix.legendZero")}
      </li>
      <li>
        <span className="mx-swatch mx-sw-active" aria-hidden="true" />
        {t("matrix.legendActive")}
      </li>
      <li>
        <span className="mx-swatch mx-sw-written" aria-hidden="true" />
        {t("matrix.legendWritten")}
      </li>
      <li>
        <span className="mx-swatch mx-sw-linked" aria-hidden="true" />
        {t("matrix.legendLinked")}
      </li>
      {pending ? (
        <li>
          <span className="mx-swatch mx-sw-pending" aria-hidden="true" />
          {t("matrix.legendPending")}
        </li>
      ) : null}
    </ul>
  );
}

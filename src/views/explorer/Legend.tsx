import { memo } from "react";
import { useT } from "../useT";

/** What the highlight colours and marks mean; zero-insertion marks only when that view is shown. */
export const Legend = memo(function Legend({ mode, zero }: { mode: "conv" | "transposed"; zero: boolean }) {
  const t = useT();
  return (
    <ul className="legend" aria-label={t("legend.label")}>
      <li>
        <span className="swatch swatch-read" aria-hidden="true" />
        {t("legend.read")}
      </li>
      <li>
        <span className="swatch swatch-written" aria-hidden="true" />
        {t("legend.written")}
      </li>
      {mode === "conv" ? (
        <li>
          <span className="swatch swatch-pending" aria-hidden="true" />
          {t("legend.pending")}
        </li>
      ) : (
        <li>
          <span className="swatch swatch-count" aria-hidden="true">
            2
          </span>
          {t("legend.count")}
        </li>
      )}
      <li>
        <span className="swatch swatch-linked" aria-hidden="true" />
        {t("legend.linked")}
      </li>
      {zero ? (
        <>
          <li>
            <span className="swatch swatch-inserted" aria-hidden="true" />
            {t("legend.inserted")}
          </li>
          <li>
            <span className="swatch swatch-border" aria-hidden="true" />
            {t("legend.border")}
          </li>
        </>
      ) : null}
    </ul>
  );
});

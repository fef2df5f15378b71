import { useT } from "../useT";

/** What the highlight colours and marks mean; the same wording in both directions. */
export function Legend({ mode }: { mode: "conv" | "transposed" }) {
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
      <li>
        <span className="swatch swatch-done" aria-hidden="true" />
        {t("legend.done")}
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
    </ul>
  );
}

import { useEffect, useState } from "react";
import type { ExploreParams, Tensor } from "../../core";
import { formatNumber } from "../../format/number";
import { useT } from "../useT";
import { sameSizeDisagreement, type Disagreement } from "./frameworkCompare";

function Grid({ t, label, testId }: { t: Tensor; label: string; testId: string }) {
  const [, H, W] = t.shape;
  return (
    <table className="import-grid" aria-label={label} data-testid={testId}>
      <tbody>
        {Array.from({ length: H }, (_, r) => (
          <tr key={r}>
            {Array.from({ length: W }, (_, c) => (
              <td key={c}>{formatNumber(t.data[r * W + c])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Frameworks disagree": beside PyTorch's output, the output of another framework's "same" layer
 * of the same size that crops the full result elsewhere (Keras' same at stride 2 against PyTorch's
 * padding=1, output_padding=1), both computed by the core; nothing when they all agree.
 */
export function FrameworkCompare({ explored, output }: { explored: ExploreParams; output: Tensor }) {
  const t = useT();
  // After the explorer's own paint: the comparison never delays the grids a result brings.
  const [d, setD] = useState<Disagreement | null>(null);
  useEffect(() => {
    const id = setTimeout(() => setD(sameSizeDisagreement(explored)), 0);
    return () => clearTimeout(id);
  }, [explored]);
  if (!d) return null;
  const [, H, W] = output.shape;
  return (
    <div className="framework-compare" data-testid="framework-compare">
      <h3>{t("layers.disagreeTitle")}</h3>
      <p>
        {t("layers.disagreeLead", { size: `${H}×${W}`, down: d.shift[0], right: d.shift[1] })}{" "}
        {d.agreeing.length > 0 ? t("layers.disagreeAgreeing", { names: d.agreeing.join(", ") }) : null}
      </p>
      <div className="framework-compare-grids">
        <figure>
          <figcaption>PyTorch</figcaption>
          <Grid t={output} label={t("layers.compareGrid", { framework: "PyTorch" })} testId="compare-pytorch" />
        </figure>
        <figure>
          <figcaption>
            <code>{d.layer}</code>
          </figcaption>
          <Grid t={d.output} label={t("layers.compareGrid", { framework: d.framework })} testId="compare-other" />
        </figure>
      </div>
    </div>
  );
}

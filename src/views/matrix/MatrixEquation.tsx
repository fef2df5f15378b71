import { memo } from "react";
import { useT } from "../useT";
import type { Symbols } from "../../model/sides";

/** "Cᵀ · vec(y) = vec(x′)", each term with its size under it (16×4, 4, 16). */
export const MatrixEquation = memo(function MatrixEquation(props: { symbols: Symbols; rows: number; cols: number; bias: boolean }) {
  const { symbols, rows, cols, bias } = props;
  const t = useT();
  const vars = { m: symbols.matrix, input: symbols.input, output: symbols.output, rows, cols };
  const label = bias ? t("matrix.equationBiasAria", vars) : t("matrix.equationAria", vars);
  return (
    <p className="mx-equation" role="img" aria-label={label}>
      <span className="mx-term" title={t("matrix.sizeTitle", { rows, cols })}>
        <var className="sym">{symbols.matrix}</var>
        <small>{t("grid.shape", { rows, cols })}</small>
      </span>
      <span className="mx-op">·</span>
      <span className="mx-term" title={t("matrix.vecLength", { n: cols })}>
        <span>
          vec(<var className="sym">{symbols.input}</var>)
        </span>
        <small>{cols}</small>
      </span>
      {bias ? (
        <>
          <span className="mx-op">+</span>
          <span className="mx-term">
            <var className="sym">b</var>
            <small>&nbsp;</small>
          </span>
        </>
      ) : null}
      <span className="mx-op">=</span>
      <span className="mx-term" title={t("matrix.vecLength", { n: rows })}>
        <span>
          vec(<var className="sym">{symbols.output}</var>)
        </span>
        <small>{rows}</small>
      </span>
    </p>
  );
});

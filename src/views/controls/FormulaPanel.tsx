import { useId } from "react";
import type { Lang } from "../../i18n";
import type { ExplorerParams } from "../../params/explorerParams";
import { useAppStore } from "../../store";
import type { Translate } from "../../i18n";
import { useT } from "../useT";
import { AxisMath, GeneralFormula } from "./FormulaMath";
import { axisFormula, convBack, sameNumbers, type AxisFormula, type AxisNumbers } from "./formulaTerms";
import "./controls.css";

function axisNumbers(p: ExplorerParams, axis: 0 | 1): AxisNumbers {
  return {
    i: axis === 0 ? p.inH : p.inW,
    k: axis === 0 ? p.kH : p.kW,
    s: p.stride[axis],
    p: p.padding[axis],
    d: p.dilation[axis],
    op: p.mode === "conv" ? 0 : p.outputPadding[axis],
  };
}

function list(lang: Lang, sizes: number[]): string {
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(sizes.map(String));
}

/**
 * Which conv input sizes share one conv output size, in words. Transposed: the sizes the forward
 * conv maps to this input, and which one output_padding picks. Conv: the sizes that give this
 * output, and the output_padding the reverse needs to restore this one.
 */
export function sizesNote(f: AxisFormula, t: Translate, lang: Lang): string {
  const { i, k, s, p, d, op } = f.n;
  const geometry = `k=${k}, s=${s}, p=${p}${d !== 1 ? `, d=${d}` : ""}`;
  const sizes = list(lang, f.inputSizes);
  const count = f.inputSizes.length;
  if (f.mode === "conv") {
    const restore = i - f.inputSizes[0];
    if (count === 1) return t("controls.formula.convOne", { geometry, i, o: f.o });
    const vars = { geometry, sizes, o: f.o, op: restore, i };
    return count === 2 ? t("controls.formula.convBoth", vars) : t("controls.formula.convAll", vars);
  }
  if (count === 0) return t("controls.formula.pickNone", { geometry, i, op, o: f.o, back: convBack(f.o, f.n) });
  if (!f.inputSizes.includes(f.o)) {
    return t("controls.formula.pickOutside", { geometry, sizes, i, op, o: f.o, back: convBack(f.o, f.n) });
  }
  if (count === 1) return t("controls.formula.pickOne", { geometry, o: f.o, i });
  const vars = { geometry, sizes, i, op, o: f.o };
  return count === 2 ? t("controls.formula.pickBoth", vars) : t("controls.formula.pickAll", vars);
}

/**
 * The output-size formula of the current direction with the current numbers substituted, per axis
 * (one row when height and width have the same numbers), and which input sizes share an output.
 */
export function FormulaPanel() {
  const t = useT();
  const titleId = useId();
  const lang = useAppStore((s) => s.lang);
  const params = useAppStore((s) => s.params);
  const mode = params.mode;
  const hn = axisNumbers(params, 0);
  const wn = axisNumbers(params, 1);
  const rows: { key: string; label: string; axis: string | null; f: AxisFormula }[] = sameNumbers(hn, wn)
    ? [{ key: "hw", label: t("controls.formula.both"), axis: null, f: axisFormula(mode, hn) }]
    : [
        { key: "h", label: t("controls.formula.height"), axis: "H", f: axisFormula(mode, hn) },
        { key: "w", label: t("controls.formula.width"), axis: "W", f: axisFormula(mode, wn) },
      ];
  return (
    <section className="controls-panel formula-panel" aria-labelledby={titleId} data-mode={mode}>
      <header className="controls-head">
        <h2 id={titleId}>{t("controls.formula.title")}</h2>
        <span className="formula-mode">{mode === "conv" ? t("controls.modeConv") : t("controls.modeTransposed")}</span>
      </header>
      <GeneralFormula mode={mode} />
      <p className="formula-legend">{mode === "conv" ? t("controls.formula.legendConv") : t("controls.formula.legendTransposed")}</p>
      {rows.map((row) => (
        <div key={row.key} className="formula-axis" data-axis={row.key} data-output={row.f.o}>
          <span className="formula-axis-label">{row.label}</span>
          <div className="formula-lines">
            <AxisMath f={row.f} axis={row.axis} />
          </div>
          <p className="formula-note">{sizesNote(row.f, t, lang)}</p>
        </div>
      ))}
    </section>
  );
}

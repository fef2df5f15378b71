import { useId, type ReactNode } from "react";
import { symbolsOf } from "../../model/sides";
import { outputShape } from "../../params/explorerParams";
import { LIMITS } from "../../params/limits";
import { useAppStore, useAppStoreApi } from "../../store";
import { useT } from "../useT";
import { AdvancedPanel } from "./AdvancedPanel";
import { PairRow } from "./PairRow";
import { useProposal } from "./useProposal";
import "./controls.css";

function Label({ name, symbol }: { name: string; symbol?: ReactNode }) {
  return (
    <>
      <span className="param-name">{name}</span>
      {symbol ? <var className="sym param-sym">{symbol}</var> : null}
    </>
  );
}

function shapeText(c: number, h: number, w: number): string {
  return c > 1 ? `${c}×${h}×${w}` : `${h}×${w}`;
}

/**
 * Every parameter of the explorer, validated as typed. Every change goes through the store's
 * setParams, which keeps the last valid parameters; a refused value stays in its field with the rule
 * beside it until it is fixed or Esc puts the app's value back.
 */
export function ParamsPanel() {
  const t = useT();
  const api = useAppStoreApi();
  const proposal = useProposal();
  const titleId = useId();
  const params = useAppStore((s) => s.params);
  const { mode } = params;
  let out: [number, number, number] | null = null;
  try {
    out = outputShape(params);
  } catch {
    out = null; // the store only holds valid parameters; this guards the header, never the app
  }
  const { input: inSym, output: outSym } = symbolsOf(mode);

  return (
    <section className="controls-panel params-panel" aria-labelledby={titleId} data-mode={mode}>
      <header className="controls-head">
        <h2 id={titleId}>{t("controls.title")}</h2>
        <button type="button" className="controls-button quiet" title={t("controls.resetTitle")} onClick={() => api.getState().resetToSeed()}>
          {t("controls.reset")}
        </button>
      </header>
      <div className="mode-line" data-mode={mode}>
        <span className="mode-chip">{mode === "conv" ? t("controls.modeConv") : t("controls.modeTransposed")}</span>
        <span className="mode-flow">
          <var className="sym">{inSym}</var> <span className="mode-shape">{shapeText(params.inC, params.inH, params.inW)}</span>
          <span className="mode-arrow" aria-hidden="true">
            →
          </span>
          <var className="sym">{outSym}</var> <span className="mode-shape">{out ? shapeText(out[0], out[1], out[2]) : "?"}</span>
        </span>
      </div>
      <p className="mode-hint">{mode === "conv" ? t("controls.modeHintConv") : t("controls.modeHintTransposed")}</p>
      <div className="param-table">
        <div className="param-axes" aria-hidden="true">
          <span />
          <span>{t("controls.height")}</span>
          <span />
          <span>{t("controls.width")}</span>
        </div>
        <PairRow
          label={<Label name={t("controls.input")} symbol="i" />}
          name={t("controls.input")}
          values={[params.inH, params.inW]}
          range={LIMITS.size}
          patchOf={([inH, inW]) => ({ inH, inW })}
          proposal={proposal}
        />
        <PairRow
          label={<Label name={t("controls.kernel")} symbol="k" />}
          name={t("controls.kernel")}
          values={[params.kH, params.kW]}
          range={LIMITS.kernel}
          patchOf={([kH, kW]) => ({ kH, kW })}
          proposal={proposal}
        />
        <PairRow
          label={<Label name={t("controls.stride")} symbol="s" />}
          name={t("controls.stride")}
          values={params.stride}
          range={LIMITS.stride}
          patchOf={(stride) => ({ stride })}
          proposal={proposal}
          linkable
        />
        <PairRow
          label={<Label name={t("controls.padding")} symbol="p" />}
          name={t("controls.padding")}
          values={params.padding}
          range={LIMITS.padding}
          patchOf={(padding) => ({ padding })}
          proposal={proposal}
          linkable
        />
        <PairRow
          label={<Label name={t("controls.dilation")} symbol="d" />}
          name={t("controls.dilation")}
          values={params.dilation}
          range={LIMITS.dilation}
          patchOf={(dilation) => ({ dilation })}
          proposal={proposal}
          linkable
        />
        <PairRow
          label={<Label name={t("controls.outputPadding")} />}
          name={t("controls.outputPadding")}
          values={params.outputPadding}
          range={LIMITS.outputPadding}
          patchOf={(outputPadding) => ({ outputPadding })}
          proposal={proposal}
          linkable
          disabledReason={mode === "conv" ? t("controls.opConvOnly") : null}
        />
      </div>
      <AdvancedPanel proposal={proposal} />
    </section>
  );
}

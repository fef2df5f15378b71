import { useId, useState } from "react";
import { numberOr } from "../../../core/number";
import type { DecoderStage, EncoderDecoderOptions } from "../../../core";
import { useT } from "../../useT";
import { ChoiceField } from "../learn/ChoiceField";
import { DecoderDiagram } from "./DecoderDiagram";
import { ExplorerLink } from "../../share/ExplorerLink";
import { transposedLayer } from "./transposedLayer";
import { useNetwork } from "./useNetwork";
import { JobProblem } from "../JobProblem";

type Kind = "unet" | "fcn32" | "fcn16" | "fcn8";
const KINDS: readonly Kind[] = ["unet", "fcn8", "fcn16", "fcn32"];
const DEPTHS = [1, 2, 3, 4, 5, 6];
/** Input sizes worth trying: clean powers of two, FCN's 224 and 500, and odd-level sizes. */
const PRESETS = [256, 572, 224, 500, 250, 97];
const SIZE_RANGE = { min: 1, max: 4096 };

function query(kind: Kind, inputSize: number, depth: number): EncoderDecoderOptions {
  if (kind === "unet") return { kind: "unet", inputSize, depth };
  return { kind: "fcn", inputSize, fcnStride: kind === "fcn8" ? 8 : kind === "fcn16" ? 16 : 32 };
}

/** The input size, typed freely: a draft that is not a whole number in range is flagged, never applied. */
function SizeField({ value, onChange }: { value: number; onChange: (v: number) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  const id = useId();
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  const n = numberOr(draft);
  const invalid = !(Number.isInteger(n) && n >= SIZE_RANGE.min && n <= SIZE_RANGE.max);
  return (
    <span className="lesson-field size-field">
      <label htmlFor={id}>{t("learn.apps.unet.inputSize")}</label>
      <input
        id={id}
        name="inputSize"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-msg` : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const v = numberOr(text);
          if (Number.isInteger(v) && v >= SIZE_RANGE.min && v <= SIZE_RANGE.max) onChange(v);
        }}
        onBlur={() => setDraft(String(value))}
      />
      {invalid ? (
        <span id={`${id}-msg`} className="lesson-field-error" role="alert">
          {t("learn.apps.unet.sizeInvalid", { min: SIZE_RANGE.min, max: SIZE_RANGE.max, kept: value })}
        </span>
      ) : null}
    </span>
  );
}

function StageNote({ st, index }: { st: DecoderStage; index: number }) {
  const t = useT();
  const vars = { n: index + 1, from: st.inSize, to: st.outSize, target: st.targetSize, op: st.outputPadding ?? 0, candidates: st.candidates.join(", ") };
  const text =
    st.status === "ok"
      ? t("learn.apps.unet.stageOk", vars)
      : st.status === "needsOutputPadding"
        ? t("learn.apps.unet.stageOp", vars)
        : t("learn.apps.unet.stageBad", vars);
  return (
    <li data-status={st.status}>
      <span className={`stage-mark is-${st.status}`} aria-hidden="true">
        {st.status === "ok" ? "✓" : st.status === "needsOutputPadding" ? "⚠" : "✕"}
      </span>
      <span>{text}</span>{" "}
      <ExplorerLink className="lesson-explorer-link" target={{ params: transposedLayer({ ...st, outputPadding: st.outputPadding ?? 0 }) }} blockedLabel={(reason) => t("learn.apps.blocked", { reason })}>
        {t("learn.apps.unet.open")}
      </ExplorerLink>
    </li>
  );
}

/**
 * FCN and U-Net decoders: pooling halves the encoder's maps (flooring odd sizes), transposed
 * convolutions bring them back to each skip connection's size. Sizes come from core (networks.ts,
 * in the worker) for the chosen input; a step that needs output_padding, or cannot land on its
 * skip at all, is flagged with the sizes it could produce.
 */
export function DecoderSection() {
  const t = useT();
  const [kind, setKind] = useState<Kind>("unet");
  const [inputSize, setInputSize] = useState(256);
  const [depth, setDepth] = useState(4);
  const { result, error, retry } = useNetwork({ kind: "encoderDecoder", options: query(kind, inputSize, depth) });
  const net = result?.kind === "encoderDecoder" && !error ? result.network : null;
  const flagged = net ? net.decoder.filter((d) => d.status !== "ok").length : 0;
  return (
    <section className="lesson-card apps-section" id="decoders" aria-labelledby="decoders-h">
      <h2 id="decoders-h">{t("learn.apps.unet.title")}</h2>
      <p className="lesson-small apps-lead">{t("learn.apps.unet.lead")}</p>
      <div className="apps-controls" role="group" aria-label={t("learn.apps.unet.controls")}>
        <ChoiceField<Kind> name="network" label={t("learn.apps.unet.network")} value={kind} options={KINDS} text={(k) => t(`learn.apps.unet.kind.${k}`)} onChange={setKind} />
        <SizeField value={inputSize} onChange={setInputSize} />
        <span className="preset-chips" role="group" aria-label={t("learn.apps.unet.presets")}>
          {PRESETS.map((p) => (
            <button key={p} type="button" className="chip" aria-pressed={p === inputSize} onClick={() => setInputSize(p)}>
              {p}
            </button>
          ))}
        </span>
        {kind === "unet" ? <ChoiceField name="depth" label={t("learn.apps.unet.depth")} value={depth} options={DEPTHS} onChange={setDepth} /> : null}
      </div>
      {error ? <JobProblem problem={error} onRetry={retry} className="lesson-error" /> : null}
      {net ? (
        <>
          <p className={`decoder-verdict ${net.clean ? "is-clean" : "is-flagged"}`} role="status" data-clean={net.clean}>
            {net.clean ? t("learn.apps.unet.clean", { size: net.inputSize }) : t("learn.apps.unet.flagged", { size: net.inputSize, count: flagged })}
          </p>
          <DecoderDiagram net={net} />
          <p className="lesson-small dd-legend">{t("learn.apps.unet.legend")}</p>
          <ol className="stage-notes">
            {net.decoder.map((st, i) => (
              <StageNote key={i} st={st} index={i} />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

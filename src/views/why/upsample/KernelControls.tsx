import { useEffect, useId, useState } from "react";
import { LAB_KERNEL_RANGE } from "../../../model/pageSettings";
import { useAppStore } from "../../../store";
import { useT } from "../../useT";
import { KERNEL_KINDS, type KernelChoice, type KernelKind } from "./kernelChoice";
import { KernelGrid } from "./KernelGrid";
import { NumberField } from "./NumberField";
import { PageLink } from "../../share/PageLink";
import { kernelText, MAX_TYPED, parseKernel } from "./parseKernel";
import { Segmented } from "./Segmented";

export interface KernelControlsProps {
  choice: KernelChoice;
  onChange: (c: KernelChoice) => void;
  scale: number;
  /** The kernel the worker used for the panels on screen, or null before the first result. */
  shown: { values: Float64Array; k: number } | null;
}

/** The worker's largest kernel side, as a link's kk field (url/pageSettings.ts). */
const MAX_K = LAB_KERNEL_RANGE.max;

/**
 * The transposed convolution's kernel: FCN's bilinear initialisation, seeded random weights or the
 * person's own numbers, with the weights in use drawn as a heat map. A learned kernel comes from
 * the training page.
 */
export function KernelControls({ choice, onChange, scale, shown }: KernelControlsProps) {
  const t = useT();
  const learned = useAppStore((s) => s.learnedKernel);
  const textId = useId();
  const [text, setText] = useState(() => (choice.typed ? kernelText(choice.typed.values, choice.typed.k) : ""));
  const parsed = parseKernel(text);
  // A typed kernel set from outside (a link, Back) replaces the text; one typed here keeps it.
  useEffect(() => {
    const typed = choice.typed;
    if (!typed) return;
    setText((current) => {
      const p = parseKernel(current);
      const same = p.ok && p.k === typed.k && p.values.every((v, i) => v === typed.values[i]);
      return same ? current : kernelText(typed.values, typed.k);
    });
  }, [choice.typed]);
  const pickKind = (kind: KernelKind) => {
    if (kind === "typed" && !choice.typed && shown) {
      // The kernel starts as the text shows it (4 decimals), so the weights in use are the ones
      // on screen, and a link to them stays short.
      const start = kernelText(shown.values, shown.k);
      const p = parseKernel(start);
      setText(start);
      onChange({ ...choice, kind, typed: p.ok ? { values: p.values, k: p.k } : { values: Array.from(shown.values), k: shown.k } });
      return;
    }
    onChange({ ...choice, kind });
  };
  return (
    <div className="kernel-controls">
      <Segmented<KernelKind>
        label={t("why.kernel.kind")}
        value={choice.kind}
        options={KERNEL_KINDS.map((k) => ({ value: k, text: t(`why.kernel.${k}`) }))}
        onChange={pickKind}
      />
      <p className="field-help">{t(`why.kernel.${choice.kind}Help`, { k2: 2 * scale, s2: scale * scale })}</p>
      {choice.kind !== "typed" && (
        <div className="field-row">
          <NumberField
            label={t("why.kernel.size")}
            value={choice.size}
            min={1}
            max={MAX_K}
            onChange={(size) => onChange({ ...choice, size })}
            invalidText={t("why.field.range", { min: 1, max: MAX_K })}
            testId="kernel-size"
          />
          {choice.kind === "random" && (
            <>
              <NumberField
                label={t("why.kernel.seed")}
                value={choice.seed}
                min={0}
                max={2 ** 31 - 1}
                onChange={(seed) => onChange({ ...choice, seed })}
                invalidText={t("why.field.range", { min: 0, max: "2³¹−1" })}
              />
              <button
                type="button"
                className="why-button small"
                onClick={() => onChange({ ...choice, seed: (choice.seed * 48271 + 11) % 2147483647 })}
              >
                {t("why.kernel.newSeed")}
              </button>
            </>
          )}
        </div>
      )}
      {choice.kind === "typed" && (
        <div className="typed-kernel">
          <label htmlFor={textId} className="field-label">
            {t("why.kernel.typedLabel")}
          </label>
          <textarea
            id={textId}
            rows={4}
            spellCheck={false}
            value={text}
            aria-invalid={!parsed.ok}
            onChange={(e) => {
              setText(e.target.value);
              const p = parseKernel(e.target.value);
              if (p.ok) onChange({ ...choice, typed: { values: p.values, k: p.k } });
            }}
          />
          {!parsed.ok && (
            <span className="field-invalid" role="status">
              {parsed.problem === "number"
                ? t("why.kernel.badNumber", { got: parsed.got })
                : parsed.problem === "size"
                  ? t("why.kernel.tooBig", { k: parsed.got, max: MAX_TYPED })
                  : t("why.kernel.notSquare", { got: parsed.got })}
            </span>
          )}
        </div>
      )}
      {shown && (
        <KernelGrid
          values={shown.values}
          k={shown.k}
          name="lab-kernel"
          label={t("why.kernel.gridLabel", { k: shown.k, s: scale })}
        />
      )}
      {learned ? (
        <p className="field-help">
          <button
            type="button"
            className="why-button"
            onClick={() => onChange({ ...choice, kind: "typed", typed: { values: learned.values.map((v) => Math.round(v * 1e4) / 1e4), k: learned.k } })}
          >
            {t("why.kernel.useLearned", { k: learned.k, s: learned.s, step: learned.step })}
          </button>
        </p>
      ) : (
        <p className="field-help">
          {t("why.kernel.learnedBefore")} <PageLink page="learn">{t("why.kernel.learnedLink")}</PageLink>
        </p>
      )}
    </div>
  );
}

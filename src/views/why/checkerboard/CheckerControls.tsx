import { useId } from "react";
import { CHECKER_KERNEL_RANGE, CHECKER_STRIDE_RANGE } from "../../../model/pageSettings";
import { useT } from "../../useT";
import { NumberField } from "../upsample/NumberField";
import { Segmented } from "../upsample/Segmented";
import type { StackSettings } from "./ImageArtifacts";

/** The ranges a link's ck and cs fields also hold to (url/pageSettings.ts). */
export const MAX_K = CHECKER_KERNEL_RANGE.max;
export const MAX_S = CHECKER_STRIDE_RANGE.max;

export interface CheckerSettings extends StackSettings {
  /** The kernel of the optional final stride-1 layer, kept while the layer is switched off. */
  smoothKernel: number;
}

/** Kernel size, stride, number of layers and the optional final stride-1 layer. */
export function CheckerControls({ value, onChange }: { value: CheckerSettings; onChange: (v: CheckerSettings) => void }) {
  const t = useT();
  const smoothId = useId();
  const set = (patch: Partial<CheckerSettings>) => onChange({ ...value, ...patch });
  return (
    <div className="checker-controls">
      <div className="field-row">
        <NumberField
          label={t("why.checker.k")}
          value={value.kernelSize}
          min={1}
          max={MAX_K}
          onChange={(kernelSize) => set({ kernelSize })}
          invalidText={t("why.field.range", { min: 1, max: MAX_K })}
          testId="checker-k"
        />
        <NumberField
          label={t("why.checker.s")}
          value={value.stride}
          min={1}
          max={MAX_S}
          onChange={(stride) => set({ stride })}
          invalidText={t("why.field.range", { min: 1, max: MAX_S })}
          testId="checker-s"
        />
      </div>
      <Segmented<number>
        label={t("why.checker.layers")}
        value={value.layers}
        options={[1, 2, 3].map((n) => ({ value: n, text: String(n) }))}
        onChange={(layers) => set({ layers })}
      />
      <div className="smooth-field">
        <label className="check-label">
          <input
            type="checkbox"
            checked={value.smooth > 0}
            aria-describedby={smoothId}
            onChange={(e) => set({ smooth: e.target.checked ? value.smoothKernel : 0 })}
          />
          {t("why.checker.smooth")}
        </label>
        {value.smooth > 0 && (
          <NumberField
            label={t("why.checker.smoothK")}
            value={value.smoothKernel}
            min={1}
            max={MAX_K}
            onChange={(smoothKernel) => set({ smoothKernel, smooth: smoothKernel })}
            invalidText={t("why.field.range", { min: 1, max: MAX_K })}
          />
        )}
        <p id={smoothId} className="field-help">
          {t("why.checker.smoothHelp")}
        </p>
      </div>
      <div className="presets" role="group" aria-label={t("why.checker.examples")}>
        <span className="field-label" aria-hidden="true">
          {t("why.checker.examples")}
        </span>
        {([[3, 2], [4, 2], [1, 2]] as const).map(([k, s]) => (
          <button
            key={`${k}-${s}`}
            type="button"
            className="why-button small"
            aria-pressed={value.kernelSize === k && value.stride === s}
            onClick={() => set({ kernelSize: k, stride: s })}
          >
            k={k}, s={s}
          </button>
        ))}
      </div>
    </div>
  );
}

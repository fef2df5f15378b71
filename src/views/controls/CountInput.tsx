import { renderProblem } from "../../i18n/problems";
import { useAppStore } from "../../store";
import { useT } from "../useT";
import type { CountField, StepState } from "./useCountField";

/**
 * A whole-number field with − and + steppers: a text box in the spinbutton role, so that anything
 * can be typed (and fixed) while ↑/↓ step like a native number field. The steppers stay out of the
 * tab order, as a native spinner's do; a blocked stepper says why in its tooltip and, on click,
 * in the field's message.
 */
export function CountInput({ field, describedBy }: { field: CountField; describedBy?: string }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const invalid = field.message !== null && field.message.kind !== "blocked";
  const described = [field.message ? field.messageId : null, describedBy].filter(Boolean).join(" ") || undefined;
  const stepper = (delta: -1 | 1, s: StepState) => {
    const blocked = s.problem !== null;
    const label = t(delta < 0 ? "controls.decrease" : "controls.increase", { name: field.name });
    const why =
      s.problem === ""
        ? t("controls.blockedRange", { name: field.name, min: field.range.min, max: field.range.max })
        : renderProblem(s.problem ?? "", lang);
    return (
      <button
        type="button"
        className="count-step"
        tabIndex={-1}
        aria-label={label}
        aria-disabled={blocked || undefined}
        disabled={field.disabled}
        title={blocked ? `${label}: ${why}` : label}
        onClick={() => field.step(delta)}
      >
        <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
          <path d={delta < 0 ? "M2 6h8" : "M2 6h8M6 2v8"} stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
    );
  };
  return (
    <span className="count" data-invalid={invalid || undefined} data-disabled={field.disabled || undefined}>
      {stepper(-1, field.down)}
      <input
        id={field.id}
        className="count-input"
        type="text"
        inputMode="numeric"
        role="spinbutton"
        autoComplete="off"
        spellCheck={false}
        aria-label={field.name}
        aria-valuemin={field.range.min}
        aria-valuemax={field.range.max}
        aria-valuenow={field.value}
        aria-invalid={invalid || undefined}
        aria-describedby={described}
        disabled={field.disabled}
        value={field.text}
        onChange={(e) => field.onText(e.target.value)}
        onKeyDown={field.onKeyDown}
        onPaste={field.onPaste}
        onBlur={field.onBlur}
      />
      {stepper(1, field.up)}
    </span>
  );
}

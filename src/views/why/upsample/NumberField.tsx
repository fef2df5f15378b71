import { useEffect, useId, useState } from "react";
import { numberOr } from "../../../core/number";

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (v: number) => void;
  /** Shown under the field while the text is not a whole number in range. */
  invalidText: string;
  testId?: string;
}

/**
 * A whole-number field that never hands on a bad value: while the text is empty or out of range
 * the last good value stays in force and the field says why; Blur puts the good value back.
 */
export function NumberField({ label, value, min, max, onChange, invalidText, testId }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const n = numberOr(text);
  const valid = Number.isInteger(n) && n >= min && n <= max;
  return (
    <div className="number-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-invalid`}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          const v = numberOr(e.target.value);
          if (Number.isInteger(v) && v >= min && v <= max && v !== value) onChange(v);
        }}
        onBlur={() => setText(String(value))}
      />
      {!valid && (
        <span id={`${id}-invalid`} className="field-invalid">
          {invalidText}
        </span>
      )}
    </div>
  );
}

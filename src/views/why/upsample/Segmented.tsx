/** A row of pressed/unpressed buttons for one choice among a few, in a labelled group. */
export function Segmented<V extends string | number>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; text: string; title?: string }>;
  onChange: (v: V) => void;
}) {
  return (
    <div className="why-segmented-field">
      <span className="field-label" aria-hidden="true">
        {label}
      </span>
      <div className="segmented why-segmented" role="group" aria-label={label}>
        {options.map((o) => (
          <button
            key={String(o.value)}
            type="button"
            className="segment"
            aria-pressed={o.value === value}
            title={o.title}
            onClick={() => onChange(o.value)}
          >
            {o.text}
          </button>
        ))}
      </div>
    </div>
  );
}

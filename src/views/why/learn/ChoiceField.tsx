/**
 * A labelled select over a few values: nothing can be typed into it, so nothing can be blank or
 * out of range. `groups` splits the options under labels (every option in one group).
 */
export function ChoiceField<T extends number | string>(props: {
  name: string;
  label: string;
  value: T;
  options: readonly T[];
  onChange: (value: T) => void;
  text?: (value: T) => string;
  groups?: { label: string; options: readonly T[] }[];
}) {
  const option = (o: T) => (
    <option key={String(o)} value={String(o)}>
      {props.text ? props.text(o) : String(o)}
    </option>
  );
  return (
    <label className="lesson-field">
      <span>{props.label}</span>
      <select
        name={props.name}
        value={String(props.value)}
        onChange={(e) => {
          const found = props.options.find((o) => String(o) === e.currentTarget.value);
          if (found !== undefined) props.onChange(found);
        }}
      >
        {props.groups
          ? props.groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map(option)}
              </optgroup>
            ))
          : props.options.map(option)}
      </select>
    </label>
  );
}

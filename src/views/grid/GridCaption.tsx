/** "Input x · 4×4 · channel 1": the role, the symbol used everywhere else, the shape and a note. */
export function GridCaption({ name, symbol, shape, note }: { name: string; symbol: string; shape?: string; note?: string }) {
  return (
    <>
      <span className="grid-name">
        {name} <var className="sym">{symbol}</var>
      </span>
      {shape ? (
        <>
          <span className="grid-sep" aria-hidden="true">
            ·
          </span>
          <span className="grid-shape">{shape}</span>
        </>
      ) : null}
      {note ? <span className="grid-note">{note}</span> : null}
    </>
  );
}

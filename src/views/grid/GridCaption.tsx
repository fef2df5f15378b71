/** "Input x · 4×4": the role, the symbol used everywhere else, and the shape. */
export function GridCaption({ name, symbol, shape }: { name: string; symbol: string; shape?: string }) {
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
    </>
  );
}

/** The operator between two grids (∗, =, …), centred on the grids' cells. */
export function Operator({ symbol, title }: { symbol: string; title: string }) {
  return (
    <div className="operator" title={title} aria-label={title} role="img">
      {symbol}
    </div>
  );
}

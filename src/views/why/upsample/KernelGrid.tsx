import { inkOn, valueFill } from "../../../format/colors";

/** Short enough for a cell: three decimals below 1, fewer above, no trailing zeros, a true minus (0.063, 1, −0.333). */
export function formatWeight(v: number): string {
  const a = Math.abs(v);
  const s = a === 0 ? "0" : a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : a >= 1 ? v.toFixed(2) : v.toFixed(3);
  return s.includes(".") ? s.replace(/\.?0+$/, "").replace("-", "−") : s.replace("-", "−");
}

/** Width the grid may take, in CSS pixels (the sidebar's inner width). */
const WIDTH = 250;
const GAP = 2;

/**
 * A k×k kernel as a small heat map with its values (greys for one sign, red–blue for both). To
 * assistive technology it is one image whose name lists the values row by row.
 */
export function KernelGrid({ values, k, label, name }: { values: ArrayLike<number>; k: number; label: string; name: string }) {
  const fill = valueFill(values);
  const cell = Math.min(46, Math.floor((WIDTH - GAP * (k - 1)) / k));
  // below 34 px a cell drops the leading zero (".016") so the digits still fit
  const compact = cell < 34;
  const cells = [];
  for (let r = 0; r < k; r++) {
    for (let c = 0; c < k; c++) {
      const v = values[r * k + c];
      const bg = fill(v);
      cells.push(
        <span
          key={`${r}-${c}`}
          className="kernel-cell"
          data-grid={name}
          data-r={r}
          data-c={c}
          style={{ background: bg, color: inkOn(bg) }}
        >
          {cell < 20 ? "" : compact ? formatWeight(v).replace(/^(−?)0\./, "$1.") : formatWeight(v)}
        </span>,
      );
    }
  }
  const rows = Array.from({ length: k }, (_, r) =>
    Array.from({ length: k }, (_, c) => formatWeight(values[r * k + c])).join(" "),
  ).join("; ");
  return (
    <div
      className="kernel-grid"
      role="img"
      aria-label={`${label}: ${rows}`}
      style={{ gridTemplateColumns: `repeat(${k}, ${cell}px)`, gridAutoRows: `${cell}px`, fontSize: cell >= 38 ? 12 : 10, gap: GAP }}
    >
      {cells}
    </div>
  );
}

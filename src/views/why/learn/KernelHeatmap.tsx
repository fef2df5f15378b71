import { inkOn, type Fill } from "../../../format/colors";

export interface KernelHeatmapProps {
  /** k·k weights, row-major. */
  values: ArrayLike<number>;
  k: number;
  /** Shared by every kernel shown side by side, so equal values get equal colours. */
  fill: Fill;
  label: string;
  /** Decimals printed in each cell. */
  digits: number;
  size: "large" | "small";
  /** data-kernel, for tests and the browser check. */
  name: string;
}

/**
 * A kernel as a heat map with its values: a table (the numbers are the content, read by screen
 * readers cell by cell), coloured by a diverging map around 0 shared with the kernels beside it.
 */
export function KernelHeatmap({ values, k, fill, label, digits, size, name }: KernelHeatmapProps) {
  const rows = Array.from({ length: k }, (_, r) => r);
  return (
    <figure className={`kernel-map kernel-${size}`} data-kernel={name}>
      <figcaption>{label}</figcaption>
      <table aria-label={label} style={{ ["--k" as string]: k }}>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              {rows.map((c) => {
                const v = values[r * k + c];
                const bg = fill(v);
                return (
                  <td key={c} data-r={r} data-c={c} style={{ background: bg, color: inkOn(bg) }}>
                    {Number.isFinite(v) ? v.toFixed(digits).replace(/^-0\.0+$/, (z) => z.slice(1)) : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

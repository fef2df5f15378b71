import { lutColor, type Lut } from "./colormap";

/**
 * A colour bar for a lookup table with its end values: the key to a difference or coverage map.
 * The gradient is decorative; the text states the range.
 */
export function ColorLegend({ table, min, max, title, unit }: { table: Lut; min: string; max: string; title: string; unit?: string }) {
  const stops = Array.from({ length: 9 }, (_, i) => `${lutColor(table, i / 8)} ${(i / 8) * 100}%`).join(", ");
  return (
    <div className="color-legend">
      <span className="color-legend-title">{title}</span>
      <span className="color-legend-bar" aria-hidden="true" style={{ background: `linear-gradient(to right, ${stops})` }} />
      <span className="color-legend-ends">
        <span>{min}</span>
        <span>
          {max}
          {unit ? ` ${unit}` : ""}
        </span>
      </span>
    </div>
  );
}

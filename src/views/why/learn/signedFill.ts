import { scaleDiverging } from "d3-scale";
import { interpolateRdBu } from "d3-scale-chromatic";
import type { Fill } from "../../../format/colors";

/**
 * A fill for signed weights that is always diverging around 0 (red negative, blue positive), even
 * when every value shown has one sign: a kernel whose weights all turn positive while it learns
 * must not switch palettes mid-run (colors.ts's valueFill would turn it grey). The ramp is the same
 * pale RdBu range as valueFill's, so dark text stays readable (checked with inkOn per cell).
 */
export function signedFill(values: ArrayLike<number>): Fill {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) m = Math.max(m, Math.abs(values[i]));
  if (m === 0) m = 1;
  const scale = scaleDiverging((t: number) => interpolateRdBu(0.5 + (t - 0.5) * 0.55)).domain([-m, 0, m]);
  return (v) => (Number.isFinite(v) ? scale(Math.max(-m, Math.min(m, v))) : "transparent");
}

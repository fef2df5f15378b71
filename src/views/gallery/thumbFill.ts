import { scaleDiverging, scaleSequential } from "d3-scale";
import { interpolateBlues, interpolateRdBu } from "d3-scale-chromatic";
import { finiteExtent, type Fill } from "../../format/colors";

/**
 * A thumbnail's colours: stronger than the explorer's pale cell fills, since a thumbnail shows
 * pattern rather than numbers. Blues for one-signed data, red–blue around 0 for signed data
 * (colour-blind safe, never red against green). NaN is transparent.
 */
export function thumbFill(values: ArrayLike<number>): Fill {
  const extent = finiteExtent(values);
  if (!extent) return () => "transparent";
  const [lo, hi] = extent;
  if (lo < 0 && hi > 0) {
    const m = Math.max(-lo, hi);
    const scale = scaleDiverging((t: number) => interpolateRdBu(0.5 + (t - 0.5) * 0.8)).domain([-m, 0, m]);
    return (v) => (Number.isFinite(v) ? scale(v) : "transparent");
  }
  const m = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
  const scale = scaleSequential((t: number) => interpolateBlues(0.06 + 0.66 * t)).domain([0, m]);
  return (v) => (Number.isFinite(v) ? scale(Math.abs(v)) : "transparent");
}

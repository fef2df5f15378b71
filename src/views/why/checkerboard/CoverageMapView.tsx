import { memo, useLayoutEffect, useRef } from "react";
import type { CoverageMap } from "../../../core";
import { inkOn } from "../../../format/colors";
import { countLut, lutColor } from "../upsample/colormap";

const UNIT = 10;
/** Height of a 1D strip drawn on a canvas, in CSS pixels. */
const STRIP_PX = 18;

export interface CoverageMapViewProps {
  map: CoverageMap;
  /** data-grid of the cells (the tests read them by data-r/data-c). */
  name: string;
  label: string;
  /** Print the count in every cell (small maps only). */
  numbers: boolean;
  /** Largest cell, in CSS pixels. */
  maxCell: number;
}

/**
 * A coverage map as a heat map on viridis, 0 at its dark end and the map's largest count at its
 * bright end. Cells that a border reaches (fewer inputs than the interior) are drawn faded. To
 * assistive technology the map is one image named by `label` (which states the counts). A map
 * with its numbers printed is SVG, one group per cell (data-r, data-c, the count as text); one
 * without is a canvas, one backing pixel per cell: 1 500 SVG cells of a third layer would cost the
 * main thread a long style and layout pass for nothing a reader can use.
 */
export const CoverageMapView = memo(function CoverageMapView({ map, name, label, numbers, maxCell }: CoverageMapViewProps) {
  const [H, W] = map.shape;
  let max = 0;
  for (const c of map.counts) max = Math.max(max, c);
  const colour = (v: number) => lutColor(countLut(), max > 0 ? v / max : 0);
  if (!numbers) return <CoverageCanvas map={map} max={max} label={label} maxCell={maxCell} />;
  const cells = [];
  for (let r = 0; r < H; r++) {
    for (let c = 0; c < W; c++) {
      const i = r * W + c;
      const v = map.counts[i];
      const fill = colour(v);
      const inside = map.interior[i] === 1;
      cells.push(
        <g key={i} data-grid={name} data-r={r} data-c={c} data-interior={inside ? "true" : "false"}>
          <rect
            x={c * UNIT + 0.4}
            y={r * UNIT + 0.4}
            width={UNIT - 0.8}
            height={UNIT - 0.8}
            rx={1.2}
            fill={fill}
            fillOpacity={inside ? 1 : 0.4}
          />
          {numbers && (
            <text
              x={c * UNIT + UNIT / 2}
              y={r * UNIT + UNIT / 2}
              dominantBaseline="central"
              textAnchor="middle"
              fill={inside ? inkOn(fill) : "#334155"}
              fontSize={v >= 100 ? 3.4 : 4.6}
              fontWeight={inside ? 700 : 400}
            >
              {v}
            </text>
          )}
        </g>,
      );
    }
  }
  return (
    <svg
      className="coverage-map"
      viewBox={`0 0 ${W * UNIT} ${H * UNIT}`}
      role="img"
      aria-label={label}
      style={{ maxWidth: W * maxCell }}
      preserveAspectRatio="xMinYMin meet"
    >
      {cells}
    </svg>
  );
});

/** The same map on a canvas, one backing pixel per cell, scaled up without smoothing; a 1D strip keeps a readable height. */
function CoverageCanvas({ map, max, label, maxCell }: { map: CoverageMap; max: number; label: string; maxCell: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [H, W] = map.shape;
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || typeof ImageData === "undefined") return;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    const table = countLut();
    const rgba = new Uint8ClampedArray(4 * W * H);
    for (let i = 0; i < W * H; i++) {
      const at = 3 * Math.round(max > 0 ? (map.counts[i] / max) * 255 : 0);
      // border cells: the same colour mixed 60 % with white, as the SVG's 0.4 opacity on white
      const a = map.interior[i] ? 1 : 0.4;
      for (let ch = 0; ch < 3; ch++) rgba[4 * i + ch] = table[at + ch] * a + 255 * (1 - a);
      rgba[4 * i + 3] = 255;
    }
    ctx.putImageData(new ImageData(rgba, W, H), 0, 0);
  }, [map, max, W, H]);
  return (
    <canvas
      ref={ref}
      className="coverage-map"
      width={W}
      height={H}
      role="img"
      aria-label={label}
      data-pixelated="true"
      style={H === 1 ? { maxWidth: W * maxCell, height: STRIP_PX } : { maxWidth: W * maxCell, aspectRatio: `${W} / ${H}` }}
    />
  );
}

import { memo } from "react";
import { inkOn } from "../../format/colors";
import { formatNumber } from "../../format/number";
import { thumbFill } from "./thumbFill";

export interface ThumbnailProps {
  /** [C, H, W] and values of the input (plane 0 is drawn; further channels show as a stack). */
  inShape: [number, number, number];
  input: Float64Array;
  outShape: [number, number, number];
  /** The computed output, or null while it is being computed (a dashed placeholder is drawn). */
  output: Float64Array | null;
}

const W = 280;
const H = 128;
const ARROW = 34;
const STACK = 5;

interface PlaneProps {
  x: number;
  y: number;
  rows: number;
  cols: number;
  channels: number;
  cell: number;
  values: Float64Array | null;
  name: string;
}

function Plane({ x, y, rows, cols, channels, cell, values, name }: PlaneProps) {
  const gap = cell >= 10 ? 1.5 : 0.75;
  const w = cols * cell;
  const h = rows * cell;
  const fill = values ? thumbFill(values.subarray(0, rows * cols)) : null;
  const showText = values !== null && cell >= 20;
  const cells = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = values ? values[r * cols + c] : NaN;
      const bg = fill ? fill(v) : "none";
      cells.push(
        <g key={r * cols + c}>
          <rect
            x={x + c * cell + gap / 2}
            y={y + r * cell + gap / 2}
            width={cell - gap}
            height={cell - gap}
            rx={Math.min(3, cell * 0.15)}
            fill={bg}
            stroke={values ? "none" : "#94a3b8"}
            strokeDasharray={values ? undefined : "3 2"}
            strokeWidth={1}
          />
          {showText ? (
            <text x={x + c * cell + cell / 2} y={y + r * cell + cell / 2} fill={inkOn(bg)} fontSize={Math.min(cell * 0.42, (cell * 0.9) / (0.6 * formatNumber(v).length))}>
              {formatNumber(v)}
            </text>
          ) : null}
        </g>,
      );
    }
  }
  const stack = Array.from({ length: Math.min(channels, 3) - 1 }, (_, i) => {
    const d = (i + 1) * STACK;
    return <rect key={i} x={x + d} y={y - d} width={w} height={h} rx={3} fill="#fff" stroke="#94a3b8" strokeWidth={1} />;
  }).reverse();
  return (
    <g data-thumb={name}>
      {stack}
      <rect x={x - 1} y={y - 1} width={w + 2} height={h + 2} rx={3} fill="#fff" stroke="#cbd5e1" strokeWidth={1} />
      {cells}
    </g>
  );
}

/**
 * A preset's picture: its input beside its output at the same cell size, so the change of size
 * reads at a glance; the output is drawn once the worker has computed it. Decorative (the card's
 * text says the sizes), so it is hidden from assistive technology.
 */
export const Thumbnail = memo(function Thumbnail({ inShape, input, outShape, output }: ThumbnailProps) {
  const [inC, inH, inW] = inShape;
  const [outC, outH, outW] = outShape;
  const stackRoom = (Math.min(Math.max(inC, outC), 3) - 1) * STACK;
  const cell = Math.min(24, (H - 16 - stackRoom) / Math.max(inH, outH), (W - 24 - ARROW - 2 * stackRoom) / (inW + outW));
  const total = (inW + outW) * cell + ARROW + stackRoom;
  const x0 = (W - total) / 2;
  const yOf = (rows: number) => (H - rows * cell + stackRoom) / 2;
  const xOut = x0 + inW * cell + ARROW;
  const arrowY = H / 2 + stackRoom / 2;
  return (
    <svg className="thumb" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" data-ready={output ? "true" : "false"}>
      <Plane x={x0} y={yOf(inH)} rows={inH} cols={inW} channels={inC} cell={cell} values={input} name="input" />
      <g className="thumb-arrow" stroke="#64748b" strokeWidth={2} fill="none" strokeLinecap="round" strokeLinejoin="round">
        <path d={`M ${x0 + inW * cell + 8} ${arrowY} H ${xOut - 8} M ${xOut - 14} ${arrowY - 6} L ${xOut - 8} ${arrowY} L ${xOut - 14} ${arrowY + 6}`} />
      </g>
      <Plane x={xOut} y={yOf(outH)} rows={outH} cols={outW} channels={outC} cell={cell} values={output} name="output" />
    </svg>
  );
});

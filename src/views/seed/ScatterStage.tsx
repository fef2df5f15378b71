import { useMemo, type ReactNode } from "react";
import type { Exploration, ExploreParams, Tensor } from "../../core";
import { useAppStore } from "../../store";
import { inkOn, valueFill } from "../colors";
import { formatNumber } from "../format";
import { scatterFrame } from "../frames/scatterFrame";
import { Grid, type GridCell } from "../grid/Grid";
import { GridCaption } from "../grid/GridCaption";
import { planeCell } from "../grid/planeCells";
import { useLinks } from "../grid/useLinks";
import { useT } from "../useT";
import { Legend } from "./Legend";
import { NotInverseNote } from "./NotInverseNote";
import { Operator } from "./Operator";
import { ScatterStep } from "./ScatterStep";

/**
 * Transposed convolution, one-to-many: y ∗ᵀ w = x′. Each input value scatters value·w into its
 * footprint; overlaps accumulate, and badges count the contributions each output cell received.
 */
export function ScatterStage(props: { exploration: Exploration; explored: ExploreParams; original: Tensor | null; controls: ReactNode }) {
  const { exploration, explored, original, controls } = props;
  const t = useT();
  const step = useAppStore((s) => s.step);
  const trace = exploration.scatter;
  const g = exploration.geometry;
  const { yPlane, wPlane, fills } = useMemo(() => {
    const y = explored.input.data.subarray(0, g.yH * g.yW);
    const w = explored.weight.data.subarray(0, g.kH * g.kW);
    const x = exploration.output.data.subarray(0, g.xH * g.xW);
    return { yPlane: y, wPlane: w, fills: { y: valueFill(y), w: valueFill(w), x: valueFill(x) } };
  }, [explored, exploration, g]);
  const frame = useMemo(
    () => (trace ? scatterFrame(trace, step, explored.input.data, g.kH * g.kW) : null),
    [trace, step, explored, g],
  );
  const { links, onHover, onLeave } = useLinks(exploration, g.yW, g.xW);
  if (!trace || !frame) return null;

  const outputCell = (r: number, c: number): GridCell => {
    const i = r * g.xW + c;
    const v = frame.output[i];
    const text = formatNumber(v);
    const bg = fills.x(v);
    const added = frame.written.get(i);
    const count = frame.received[i];
    const total = frame.total[i];
    return {
      text,
      role: added !== undefined ? "written" : undefined,
      linked: links.outputs.has(i),
      fill: bg,
      ink: inkOn(bg),
      badge: count > 0 ? String(count) : undefined,
      title: t("grid.countTitle", { count, total }),
      aria: t("grid.cellCountAria", { symbol: "x′", r, c, value: text, count, total }),
    };
  };

  return (
    <>
      <div className="stage-row">
        <Grid
          name="input"
          caption={<GridCaption name={t("grid.input")} symbol="y" shape={t("grid.shape", { rows: g.yH, cols: g.yW })} />}
          ariaLabel={t("grid.aria", { name: t("grid.input"), symbol: "y", rows: g.yH, cols: g.yW })}
          rows={g.yH}
          cols={g.yW}
          cell={planeCell(t, "y", yPlane, g.yW, fills.y, (i) => (i === frame.readInput ? "read" : undefined), links.inputs)}
          onHover={onHover("input")}
          onLeave={onLeave}
        />
        <Operator symbol="∗ᵀ" title={t("stage.transposedOp")} />
        <Grid
          name="kernel"
          caption={<GridCaption name={t("grid.kernel")} symbol="w" shape={t("grid.shape", { rows: g.kH, cols: g.kW })} />}
          ariaLabel={t("grid.aria", { name: t("grid.kernel"), symbol: "w", rows: g.kH, cols: g.kW })}
          rows={g.kH}
          cols={g.kW}
          cell={planeCell(t, "w", wPlane, g.kW, fills.w, (i) => (frame.readKernel.has(i) ? "read" : undefined))}
        />
        <Operator symbol="=" title={t("stage.gives")} />
        <Grid
          name="output"
          caption={<GridCaption name={t("grid.output")} symbol="x′" shape={t("grid.shape", { rows: g.xH, cols: g.xW })} />}
          ariaLabel={t("grid.aria", { name: t("grid.output"), symbol: "x′", rows: g.xH, cols: g.xW })}
          rows={g.xH}
          cols={g.xW}
          cell={outputCell}
          onHover={onHover("output")}
          onLeave={onLeave}
        />
      </div>
      <Legend mode="transposed" />
      {controls}
      <div className="panels">
        <ScatterStep frame={frame} kH={g.kH} kW={g.kW} />
        <NotInverseNote original={original} />
      </div>
    </>
  );
}

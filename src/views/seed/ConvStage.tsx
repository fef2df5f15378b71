import { useMemo, type ReactNode } from "react";
import type { Exploration, ExploreParams } from "../../core";
import { useAppStore } from "../../store";
import { inkOn, valueFill } from "../colors";
import { formatNumber } from "../format";
import { convFrame } from "../frames/convFrame";
import { Grid, type GridCell } from "../grid/Grid";
import { GridCaption } from "../grid/GridCaption";
import { planeCell } from "../grid/planeCells";
import { useLinks } from "../grid/useLinks";
import { useT } from "../useT";
import { Legend } from "./Legend";
import { Operator } from "./Operator";
import { SumEquation } from "./SumEquation";

/** Convolution, many-to-one: x ∗ w = y, with the window, its output cell and the running sum. */
export function ConvStage(props: { exploration: Exploration; explored: ExploreParams; controls: ReactNode }) {
  const { exploration, explored, controls } = props;
  const t = useT();
  const step = useAppStore((s) => s.step);
  const trace = exploration.window;
  const g = exploration.geometry;
  const { xPlane, wPlane, fills } = useMemo(() => {
    const x = explored.input.data.subarray(0, g.xH * g.xW);
    const w = explored.weight.data.subarray(0, g.kH * g.kW);
    const y = exploration.output.data.subarray(0, g.yH * g.yW);
    return { xPlane: x, wPlane: w, fills: { x: valueFill(x), w: valueFill(w), y: valueFill(y) } };
  }, [explored, exploration, g]);
  const frame = useMemo(
    () => (trace ? convFrame(trace, step, explored.input.data, explored.weight.data, explored.bias, g.kH * g.kW) : null),
    [trace, step, explored, g],
  );
  const { links, onHover, onLeave } = useLinks(exploration, g.xW, g.yW);
  if (!trace || !frame) return null;

  const outputCell = (r: number, c: number): GridCell => {
    const i = r * g.yW + c;
    const v = frame.output[i];
    const text = formatNumber(v);
    const pending = Number.isNaN(v);
    const bg = fills.y(v);
    return {
      text,
      pending,
      role: i === frame.written ? "written" : undefined,
      linked: links.outputs.has(i),
      fill: bg,
      ink: inkOn(bg),
      aria: pending ? t("grid.cellPendingAria", { symbol: "y", r, c }) : t("grid.cellAria", { symbol: "y", r, c, value: text }),
    };
  };

  return (
    <>
      <div className="stage-row">
        <Grid
          name="input"
          caption={<GridCaption name={t("grid.input")} symbol="x" shape={t("grid.shape", { rows: g.xH, cols: g.xW })} />}
          ariaLabel={t("grid.aria", { name: t("grid.input"), symbol: "x", rows: g.xH, cols: g.xW })}
          rows={g.xH}
          cols={g.xW}
          cell={planeCell(t, "x", xPlane, g.xW, fills.x, (i) => (frame.readInput.has(i) ? "read" : undefined), links.inputs)}
          onHover={onHover("input")}
          onLeave={onLeave}
        />
        <Operator symbol="∗" title={t("stage.convOp")} />
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
          caption={<GridCaption name={t("grid.output")} symbol="y" shape={t("grid.shape", { rows: g.yH, cols: g.yW })} />}
          ariaLabel={t("grid.aria", { name: t("grid.output"), symbol: "y", rows: g.yH, cols: g.yW })}
          rows={g.yH}
          cols={g.yW}
          cell={outputCell}
          onHover={onHover("output")}
          onLeave={onLeave}
        />
      </div>
      <Legend mode="conv" />
      {controls}
      <SumEquation frame={frame} kH={g.kH} kW={g.kW} />
    </>
  );
}

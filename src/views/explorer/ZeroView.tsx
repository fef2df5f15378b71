import { memo, useCallback, useMemo, type ReactNode } from "react";
import type { Focus } from "../../model/focus";
import { rotatedPlane } from "../frames/layout";
import { GridCaption } from "../grid/GridCaption";
import { PlaneGrid } from "../grid/PlaneGrid";
import type { PlaneModel } from "../grid/planeModel";
import { useT } from "../useT";
import { fitCells } from "./fit";
import { useMaxCell } from "./useMaxCell";
import { rotatedModel, upsampledModel, type ExplorerFrame } from "./models";
import { OperationRow } from "./OperationRow";
import { StrideOneNote } from "./StrideOneNote";
import { useBoxWidth } from "./useBoxWidth";
import { useCellFocus } from "./useCellFocus";
import { ViewCard } from "./ViewCard";
import { WasteCounter } from "./WasteCounter";

/**
 * The zero-insertion view (transposed mode): s−1 zeros between the input values and a border of
 * d(k−1)−p (plus output_padding bottom/right), then a plain stride-1 convolution with the
 * 180°-rotated kernel, filling the same output. Inserted zeros and the border are marked by
 * pattern as well as colour; the counter shows what the zeros cost. At stride 1 nothing is inserted:
 * the view says so and offers stride 2 in one click.
 */
export const ZeroView = memo(function ZeroView({ frame, output, detail }: { frame: ExplorerFrame; output: PlaneModel; detail?: ReactNode }) {
  const t = useT();
  const [bodyRef, width] = useBoxWidth<HTMLDivElement>();
  const zi = frame.e.zeroInsertion;
  const l = frame.layout;
  const { input: ci, output: co } = frame.channels;
  const up = useMemo(() => upsampledModel(frame), [frame]);
  const rotated = useMemo(() => rotatedModel(frame), [frame]);
  const [, zH, zW] = zi ? zi.upShape : [0, 0, 0];
  const plane = rotatedPlane(l, ci, co);
  const kArea = l.kH * l.kW;
  const upSource = zi?.upSource;
  const rotatedFrom = zi?.rotatedFrom;
  const upFocus = useCellFocus(
    zW,
    useCallback(
      (i: number): Focus | null => {
        const source = upSource ? upSource[ci * zH * zW + i] : -1;
        return source >= 0 ? { kind: "input", index: source } : null;
      },
      [upSource, ci, zH, zW],
    ),
  );
  const rotatedFocus = useCellFocus(
    l.kW,
    useCallback((i: number): Focus | null => (rotatedFrom ? { kind: "kernel", index: rotatedFrom[plane * kArea + i] } : null), [rotatedFrom, plane, kArea]),
  );
  const outPlane = l.outH * l.outW;
  const outputFocus = useCellFocus(l.outW, useCallback((i: number): Focus => ({ kind: "output", index: co * outPlane + i }), [co, outPlane]));
  // the cost counter under the grids takes about three rows of cells
  const maxCell = useMaxCell(Math.max(zH, l.kH) + l.outH + 3);
  if (!zi || !up) return null;
  const fit = fitCells(width, zW, l.kW, l.outW, maxCell);
  const b = zi.border;
  const { sH, sW } = frame.e.geometry;
  const unit = sH === 1 && sW === 1;
  return (
    <ViewCard
      view="zero"
      title={t("view.zero")}
      lead={t("view.zeroLead", {
        zeros: unit ? t("view.noZeros") : t("view.zerosInserted", { rows: sH - 1, cols: sW - 1 }),
        border:
          b.top === b.left && b.top === b.bottom && b.top === b.right
            ? b.top < 0
              ? t("view.cropAll", { n: -b.top })
              : t("view.borderAll", { n: b.top })
            : t("view.borderSides", { top: b.top, left: b.left, bottom: b.bottom, right: b.right }) +
              (Math.min(b.top, b.left, b.bottom, b.right) < 0 ? t("view.borderNegative") : ""),
      })}
      detail={detail}
      tools={<WasteCounter frame={frame} />}
    >
      <OperationRow
        bodyRef={bodyRef}
        layout={fit.layout}
        input={
          <PlaneGrid
            name="upsampled"
            label={t("grid.upsampled")}
            symbol="ŷ"
            caption={<GridCaption name={t("grid.upsampled")} symbol="ŷ" shape={t("grid.shape", { rows: zH, cols: zW })} note={l.inC > 1 ? t("grid.channel", { n: ci }) : undefined} />}
            model={up}
            cellPx={fit.input}
            {...upFocus}
          />
        }
        operator={{ symbol: "∗", title: t("stage.convOp") }}
        kernel={
          rotated ? (
            <PlaneGrid
              name="rotated"
              label={t("grid.rotated")}
              symbol="w̃"
              caption={<GridCaption name={t("grid.rotated")} symbol="w̃" shape={t("grid.shape", { rows: l.kH, cols: l.kW })} />}
              model={rotated}
              cellPx={fit.kernel}
              {...rotatedFocus}
            />
          ) : (
            <p className="unlinked">{t("grid.unlinked", { input: ci, output: co })}</p>
          )
        }
        equals={{ symbol: "=", title: t("stage.gives") }}
        output={
          <PlaneGrid
            name="zero-output"
            label={t("grid.output")}
            symbol="x′"
            caption={<GridCaption name={t("grid.output")} symbol="x′" shape={t("grid.shape", { rows: l.outH, cols: l.outW })} note={l.outC > 1 ? t("grid.channel", { n: co }) : undefined} />}
            model={output}
            cellPx={fit.output}
            {...outputFocus}
          />
        }
      />
      {unit ? <StrideOneNote /> : null}
    </ViewCard>
  );
});

import { memo, useCallback, useMemo, type ReactNode } from "react";
import { symbolsOf } from "../../model/sides";
import { useValueEditor } from "../edit/useValueEditor";
import { flippedIndex, kernelPlane, planePair, type Layout } from "../frames/layout";
import { GridCaption } from "../grid/GridCaption";
import { PlaneGrid } from "../grid/PlaneGrid";
import type { PlaneModel } from "../grid/planeModel";
import type { Tensor } from "../../core";
import type { Translate } from "../../i18n";
import { useT } from "../useT";
import { EditDrawer } from "./EditDrawer";
import { fitCells } from "./fit";
import { useMaxCell } from "./useMaxCell";
import { inputModel, kernelModel, type ExplorerFrame } from "./models";
import { NotInverseNote, OriginalGrid, ORIGINAL_MAX } from "./NotInverseNote";
import { OperationRow } from "./OperationRow";
import { useBoxWidth } from "./useBoxWidth";
import { useCellFocus } from "./useCellFocus";
import { ViewCard } from "./ViewCard";

/**
 * The direct view: in transposed mode the scatter-add (each input value times the kernel is added
 * into its footprint, overlaps accumulate, badges count contributions); in conv mode the sliding
 * window. Input and kernel are editable in place. A reverse of the student's own convolution shows
 * the original x beside x′ and says under the row that they differ.
 */
export const DirectView = memo(function DirectView({
  frame,
  output,
  detail,
  original,
}: {
  frame: ExplorerFrame;
  output: PlaneModel;
  detail?: ReactNode;
  /** The x this reverse came from (a conv the student reversed): drawn beside x′, with "x′ is not x" under the row. */
  original?: Tensor | null;
}) {
  const t = useT();
  const [bodyRef, width] = useBoxWidth<HTMLDivElement>();
  const l = frame.layout;
  const conv = l.mode === "conv";
  const { input: ci, output: co } = frame.channels;
  const input = useMemo(() => inputModel(frame), [frame]);
  const kernel = useMemo(() => kernelModel(frame), [frame]);
  const plane = kernelPlane(l, ci, co);
  const maxCell = useMaxCell(Math.max(l.inH, l.kH) + l.outH);
  // The original x sits on the output's line: the output's share of the width counts its columns too.
  const [, , origW] = original?.shape ?? [0, 0, 0];
  const shown = !conv && original && origW <= ORIGINAL_MAX ? original : null;
  const fit = fitCells(width, l.inW, l.kW, shown ? l.outW + origW + 2 : l.outW, maxCell);

  const inPlane = l.inH * l.inW;
  const outPlane = l.outH * l.outW;
  const kArea = l.kH * l.kW;
  const flip = frame.params.flip;
  const inputFocus = useCellFocus(l.inW, useCallback((i: number) => ({ kind: "input" as const, index: ci * inPlane + i }), [ci, inPlane]));
  const outputFocus = useCellFocus(l.outW, useCallback((i: number) => ({ kind: "output" as const, index: co * outPlane + i }), [co, outPlane]));
  const kernelFocus = useCellFocus(
    l.kW,
    useCallback(
      (i: number) => {
        const stored = plane * kArea + i;
        return { kind: "kernel" as const, index: flip ? flippedIndex(l, stored) : stored };
      },
      [plane, kArea, flip, l],
    ),
  );
  const inputEditor = useValueEditor("input", ci, l.inH, l.inW);
  const kernelEditor = useValueEditor("kernel", Math.max(0, plane), l.kH, l.kW);

  const besideOriginal = shown
    ? { sign: { symbol: "≠", title: t("inverse.title", { outSymbol: "x′", inSymbol: "x" }) }, node: <OriginalGrid original={shown} cellPx={fit.output} /> }
    : null;
  const note = conv ? null : <NotInverseNote />;
  const { input: inSym, output: outSym } = symbolsOf(l.mode);
  const channel = (n: number, count: number) => (count > 1 ? t("grid.channel", { n }) : undefined);
  return (
    <ViewCard
      view="scatter"
      title={conv ? t("view.window") : t("view.scatter")}
      lead={conv ? t("view.windowLead") : t("view.scatterLead")}
      detail={detail}
      tools={<EditDrawer />}
    >
      <OperationRow
        bodyRef={bodyRef}
        layout={fit.layout}
        input={
          <PlaneGrid
            name="input"
            label={t("grid.input")}
            symbol={inSym}
            caption={<GridCaption name={t("grid.input")} symbol={inSym} shape={t("grid.shape", { rows: l.inH, cols: l.inW })} note={channel(ci, l.inC)} />}
            model={input}
            cellPx={fit.input}
            {...inputFocus}
            onCellActivate={inputEditor.onCellActivate}
            editor={inputEditor.editor}
          />
        }
        operator={{ symbol: conv ? "∗" : "∗ᵀ", title: conv ? t("stage.convOp") : t("stage.transposedOp") }}
        kernel={
          kernel ? (
            <PlaneGrid
              name="kernel"
              label={t("grid.kernel")}
              symbol="w"
              caption={
                <GridCaption
                  name={t("grid.kernel")}
                  symbol="w"
                  shape={t("grid.shape", { rows: l.kH, cols: l.kW })}
                  note={kernelNote(t, l, plane, flip)}
                />
              }
              model={kernel}
              cellPx={fit.kernel}
              {...kernelFocus}
              onCellActivate={kernelEditor.onCellActivate}
              editor={kernelEditor.editor}
            />
          ) : (
            <p className="unlinked">{t("grid.unlinked", { input: ci, output: co })}</p>
          )
        }
        equals={{ symbol: "=", title: t("stage.gives") }}
        output={
          <PlaneGrid
            name="output"
            label={t("grid.output")}
            symbol={outSym}
            caption={<GridCaption name={t("grid.output")} symbol={outSym} shape={t("grid.shape", { rows: l.outH, cols: l.outW })} note={channel(co, l.outC)} />}
            model={output}
            cellPx={fit.output}
            {...outputFocus}
          />
        }
        beside={besideOriginal}
      />
      {note}
    </ViewCard>
  );
});

/** "w[1,0]" for a kernel of a multi-channel weight, and "flipped" when true convolution is on. */
function kernelNote(t: Translate, l: Layout, plane: number, flip: boolean): string | undefined {
  const parts: string[] = [];
  if (l.kernelPlanes > 1) {
    const [a, b] = planePair(l, plane);
    parts.push(t("grid.pair", { a, b }));
  }
  if (flip) parts.push(t("grid.flipped"));
  return parts.length ? parts.join(" · ") : undefined;
}

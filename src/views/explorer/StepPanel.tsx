import type { ReactNode } from "react";
import type { ExploreParams } from "../../core";
import { symbolsOf } from "../../model/sides";
import { scatterSum, upsampledKind, windowSum } from "../frames/terms";
import { useT } from "../useT";
import type { ExplorerFrame } from "./models";
import { ScatterStep } from "./ScatterStep";
import { SumEquation } from "./SumEquation";

/** "y[0,1]", or "y[1; 0,1]" with the channel first when the map has several. */
function at(symbol: string, flat: number, c: number, h: number, w: number): ReactNode {
  const plane = h * w;
  const ch = Math.floor(flat / plane);
  const r = Math.floor((flat % plane) / w);
  const col = flat % w;
  return (
    <>
      <var className="sym">{symbol}</var>[{c > 1 ? `${ch}; ` : ""}
      {r},{col}]
    </>
  );
}

/** Where a step is, in words: the cell it writes (gather) or reads (scatter). */
function positionOf(symbol: string, flat: number, c: number, h: number, w: number): { r: number; c: number; label: string } {
  const plane = h * w;
  const r = Math.floor((flat % plane) / w);
  const col = flat % w;
  const ch = Math.floor(flat / plane);
  return { r, c: col, label: c > 1 ? `${symbol}[${ch}; ${r},${col}]` : `${symbol}[${r},${col}]` };
}

/**
 * The view whose step this is: the zero-insertion view's when the transposed conv is stepped by
 * output cell (its window sum), the scatter or sliding-window view's otherwise.
 */
export function stepHost(frame: ExplorerFrame): "scatter" | "zero" {
  return frame.e.mode === "transposed" && frame.moment.granularity === "gather" ? "zero" : "scatter";
}

/**
 * The current step written out, in the view it belongs to: the window's sum (conv mode, or the
 * zero-insertion conv when stepping by output cell) or the scatter-add of one input value.
 */
export function StepPanel({ frame, explored }: { frame: ExplorerFrame; explored: ExploreParams }) {
  const t = useT();
  const { e, moment: m, layout: l } = frame;
  const conv = e.mode === "conv";
  const { input: inSym, output: outSym } = symbolsOf(e.mode);
  let title: string;
  let body: ReactNode;
  if (m.step < 0) {
    title = t("step.ready");
    body = <p className="panel-idle">{conv ? t("sum.idle", { k: l.kH * l.kW }) : t("scatter.idle", { k: l.kH * l.kW })}</p>;
  } else if (conv && e.window) {
    const w = e.window;
    const n = m.granularity === "mac" ? Math.floor(m.step / w.tapsPerStep) : m.step;
    const last = m.granularity === "mac" ? m.step : (n + 1) * w.tapsPerStep - 1;
    const sum = windowSum(w, n, last, explored.input.data, explored.weight.data, explored.bias);
    const pos = positionOf(outSym, sum.out, l.outC, l.outH, l.outW);
    title = t("step.convAt", { n: m.step + 1, total: m.steps, symbol: outSym, r: pos.r, c: pos.c });
    body = (
      <SumEquation
        sum={sum}
        lhs={at(outSym, sum.out, l.outC, l.outH, l.outW)}
        mapping={t("sum.mapping", { k: w.tapsPerStep, kh: l.kH, kw: l.kW })}
      />
    );
  } else if (m.granularity === "gather" && e.zeroInsertion) {
    const zi = e.zeroInsertion;
    const w = zi.window;
    const sum = windowSum(w, m.step, (m.step + 1) * w.tapsPerStep - 1, zi.up, zi.rotatedWeight, explored.bias, upsampledKind(zi));
    const pos = positionOf(outSym, sum.out, l.outC, l.outH, l.outW);
    const useful = sum.terms.filter((term) => term.kind === "value").length;
    title = t("step.gatherAt", { n: m.step + 1, total: m.steps, symbol: outSym, r: pos.r, c: pos.c });
    body = (
      <SumEquation
        sum={sum}
        lhs={at(outSym, sum.out, l.outC, l.outH, l.outW)}
        mapping={t("sum.zeroMapping", { useful, total: w.tapsPerStep })}
      />
    );
  } else if (e.scatter) {
    const s = e.scatter;
    const n = m.granularity === "mac" ? Math.floor(m.step / s.contribPerStep) : m.step;
    const sum = scatterSum(s, n, explored.input.data, m.granularity === "mac" ? m.step : -1);
    const pos = positionOf(inSym, sum.input, l.inC, l.inH, l.inW);
    title = t("step.transposedAt", { n: m.step + 1, total: m.steps, symbol: inSym, r: pos.r, c: pos.c });
    body = (
      <ScatterStep
        sum={sum}
        lhs={at(inSym, sum.input, l.inC, l.inH, l.inW)}
        channel={frame.channels.output}
        kH={l.kH}
        kW={l.kW}
        outSymbol={outSym}
      />
    );
  } else {
    return null;
  }
  const heading = conv || m.granularity === "gather" ? t("sum.title") : t("scatter.title");
  return (
    // Named by its heading and the step: the heading alone ("Scatter-add") can repeat its view's name.
    <section className="step-panel" aria-labelledby="step-panel-title step-panel-step" data-testid="step-panel">
      <header className="panel-header">
        <h2 id="step-panel-title">{heading}</h2>
        {/* Not a live region: the step narration (StepNarration) speaks each step once, and pauses when playback is too fast. */}
        <p className="step-title" id="step-panel-step">
          {title}
        </p>
      </header>
      {body}
    </section>
  );
}

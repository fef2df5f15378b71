import type { Exploration, ExploreParams } from "../core";
import { translator, type Lang, type Translate } from "../i18n";
import { sizesOfGeometry, sizesText } from "../presets/sizes";
import { effectiveGranularity, type Granularity } from "../model/steps";
import { formatNumber } from "../format/number";
import { momentOf } from "../model/moment";
import { sidesOf, symbolsOf } from "../model/sides";
import type { SceneFrame, SceneLabels, SceneSpec } from "./scene";

/**
 * The bridge from the app's state to the exported scene: the static spec of an exploration and
 * the frame of one step (what momentOf says the step touches, and a caption in the person's
 * language). Main thread only: the captions come from the i18n catalogues.
 */

function labelsOf(t: Translate, e: Exploration, explored: ExploreParams): SceneLabels {
  const sym = symbolsOf(e.mode);
  const sizes = sizesOfGeometry(e.mode, e.geometry);
  const [, inH, inW] = sizes.input;
  const [, outH, outW] = sizes.output;
  const [, , kH, kW] = explored.weight.shape;
  const column = (name: string, symbol: string, rows: number, cols: number) =>
    t("export.column", { name, symbol, shape: `${rows}×${cols}` });
  return {
    title: e.mode === "conv" ? t("export.title.conv", { sizes: sizesText(sizes) }) : t("export.title.transposed", { sizes: sizesText(sizes) }),
    input: column(t("grid.input"), sym.input, inH, inW),
    kernel: column(t("grid.kernel"), sym.kernel, kH, kW),
    output: column(t("grid.output"), sym.output, outH, outW),
    channel: t("export.channel", { c: "{c}" }),
    operator: sym.operator,
    legendRead: t("legend.read"),
    legendWritten: t("legend.written"),
    legendPending: t("legend.pending"),
  };
}

/**
 * The static part of the scene. `granularity` decides whether output cells start "not computed
 * yet" (conv2d, and the zero-insertion gather of a transposed convolution) or at their bias.
 */
export function sceneSpecOf(e: Exploration, explored: ExploreParams, granularity: Granularity, lang: Lang): SceneSpec {
  const conv = e.mode === "conv";
  const sides = sidesOf(e.mode, e.geometry);
  const [a, b, kH, kW] = explored.weight.shape;
  return {
    mode: e.mode,
    inShape: sides.input,
    outShape: sides.output,
    weightShape: [a, b, kH, kW],
    input: explored.input.data,
    weight: explored.weight.data,
    outputFinal: e.output.data,
    labels: labelsOf(translator(lang), e, explored),
    pending: conv || effectiveGranularity(e, granularity) === "gather",
  };
}

/** "y[0,1]", or "y[1,0,1]" (channel first) when the map has several channels. */
function cellName(symbol: string, shape: readonly number[], flat: number): string {
  const [c, h, w] = shape;
  const r = Math.floor(flat / w) % h;
  const col = flat % w;
  return c > 1 ? `${symbol}[${Math.floor(flat / (h * w))},${r},${col}]` : `${symbol}[${r},${col}]`;
}

/** The frame of step `step` (−1: before the first) at the granularity the app uses. */
export function sceneFrameOf(e: Exploration, explored: ExploreParams, granularity: Granularity, step: number, lang: Lang): SceneFrame {
  const t = translator(lang);
  const m = momentOf(e, granularity, step);
  const sym = symbolsOf(e.mode);
  const inShape = explored.input.shape;
  const outShape = e.output.shape;
  const frame = { output: m.output, inputs: m.inputs, kernel: m.kernel, outputs: m.outputs };
  if (step < 0 || step >= m.steps) return { ...frame, caption: t("export.caption.before") };
  const n = step + 1;
  const total = m.steps;
  const g = effectiveGranularity(e, granularity);
  if (g === "mac") {
    const out = m.outputs[0];
    const x = m.inputs.length ? formatNumber(explored.input.data[m.inputs[0]]) : t("export.caption.padding");
    const w = formatNumber(explored.weight.data[m.kernel[0]]);
    const cell = out === undefined ? t("export.caption.cropped") : cellName(sym.output, outShape, out);
    const value = out === undefined ? "—" : formatNumber(m.output[out]);
    return { ...frame, caption: t("export.caption.mac", { n, total, cell, x, w, value }) };
  }
  if (g === "scatter") {
    const i = m.inputs[0];
    const caption = t("export.caption.scatter", {
      n,
      total,
      cell: cellName(sym.input, inShape, i),
      value: formatNumber(explored.input.data[i]),
      count: m.outputs.length,
    });
    return { ...frame, caption };
  }
  const out = m.outputs[0];
  return {
    ...frame,
    caption: t("export.caption.gather", { n, total, cell: cellName(sym.output, outShape, out), value: formatNumber(m.output[out]) }),
  };
}

import { controlsEn } from "./features/controls.en";
import { explorerEn } from "./features/explorer.en";
import { matrixEn } from "./features/matrix.en";
import { timelineEn } from "./features/timeline.en";
import { codeEn } from "./features/code.en";
import { navEn } from "./features/nav.en";
import { exportEn } from "./features/export.en";
import { presentEn } from "./features/present.en";
import { shareEn } from "./features/share.en";
import { lessonEntryEn } from "./features/lessonEntry.en";
import { shellEn } from "./features/shell.en";
import { layersEn } from "./features/layers.en";
import { workerEn } from "./features/worker.en";

/**
 * English messages: every string the start page and the explorer show, including tooltips and
 * aria-labels (the other pages' are in pages.en.ts, fetched with the first of them; the words of
 * refusals and of the link notice are in later.en.ts, fetched once the start page is up). Placeholders
 * are written {name}; zh-CN must use the same ones (test/i18n checks this).
 */
export const en = {
  ...controlsEn,
  ...explorerEn,
  ...matrixEn,
  ...timelineEn,
  ...codeEn,
  ...navEn,
  ...exportEn,
  ...presentEn,
  ...shareEn,
  ...lessonEntryEn,
  ...shellEn,
  ...layersEn,
  ...workerEn,

  "app.title": "Transposed Convolution Explorer",
  "app.titleAlt": "转置卷积可视化",
  "app.tagline": "Watch a convolution and its reverse, the transposed convolution, one step at a time: three routes, one result.",
  "lang.label": "Language",
  "lang.en": "EN",
  "lang.zh": "中文",
  "lang.enTitle": "Show the app in English",
  "lang.zhTitle": "用中文显示",

  "direction.label": "Direction",
  "direction.conv": "Convolution (many-to-one)",
  "direction.transposed": "Transposed convolution (one-to-many)",
  "direction.convLead":
    "Each output cell is the sum of the {k} input cells under the window, each times its kernel weight: {k} values → 1 value.",
  "direction.transposedLead":
    "The same kernel in reverse: each input value times the kernel is added into {k} output cells, and overlaps accumulate: 1 value → {k} cells.",

  "grid.input": "Input",
  "grid.kernel": "Kernel",
  "grid.output": "Output",
  "grid.original": "Original input",
  "grid.contribution": "Added at this step",
  "grid.shape": "{rows}×{cols}",
  "grid.aria": "{name} {symbol}, {rows} rows by {cols} columns",
  "grid.cellAria": "{symbol}[{r},{c}] = {value}",
  "grid.cellPendingAria": "{symbol}[{r},{c}], not computed yet",
  "grid.cellCountAria": "{symbol}[{r},{c}] = {value}, {count} of {total} contributions received",
  "grid.countTitle": "Contributions received so far: {count} of {total}",

  "stage.convOp": "convolved with",
  "stage.transposedOp": "transposed-convolved with",
  "stage.gives": "gives",

  "step.ready": "Ready. Press Play, or → to take the first step.",
  "step.convAt": "Step {n} of {total}: output {symbol}[{r},{c}]",
  "step.transposedAt": "Step {n} of {total}: input {symbol}[{r},{c}] scatters",
  "step.finished": "Done: all {total} steps",

  "sum.title": "Running sum",
  "sum.idle": "At each step the {k} products under the window are added up into one output cell.",
  "sum.runningTitle": "running sum after this term",
  "sum.paddingTerm": "padding",
  "sum.mapping": "{k} input values → 1 output value (receptive field {kh}×{kw})",

  "scatter.title": "Scatter-add",
  "scatter.idle": "At each step one input value is multiplied by the kernel and added into its {k}-cell footprint. The small number on an output cell counts the contributions it has received.",
  "scatter.equation": "{value} × {kernel} is added into {outSymbol}, rows {r0}–{r1}, columns {c0}–{c1}",
  "scatter.mapping": "1 input value → {k} output cells",

  "inverse.title": "{outSymbol} is not the original {inSymbol}",
  "inverse.body":
    "Convolution cannot be inverted: different inputs can give the same output, so the values of {inSymbol} are lost. The transposed convolution restores only the positions (the connectivity): {outSymbol} has the shape and the links of {inSymbol}, not its values.",

  "playback.label": "Playback",
  "playback.play": "Play",
  "playback.pause": "Pause",
  "playback.stepBack": "Step back",
  "playback.stepForward": "Step forward",
  "playback.reset": "Reset",
  "playback.end": "Jump to end",
  "playback.playTitle": "Play (Space)",
  "playback.pauseTitle": "Pause (Space)",
  "playback.stepBackTitle": "Step back (←)",
  "playback.stepForwardTitle": "Step forward (→)",
  "playback.resetTitle": "Reset to before the first step (Home)",
  "playback.endTitle": "Jump to the final state (End)",
  "playback.scrubber": "Step",

  "legend.label": "Legend",
  "legend.read": "read at this step",
  "legend.written": "written at this step",
  "legend.pending": "not computed yet",
  "legend.count": "contributions received",
  "legend.linked": "linked to the cell under the pointer or keyboard focus",

  "status.loading": "Computing…",
  "status.worker": "Computed in a Web Worker in {ms} ms",
  "status.mainThread": "Computed on the main thread in {ms} ms",
  "error.title": "This configuration cannot be computed",
  "error.stale": "Showing the last result that could be computed.",
  "error.none": "Nothing to show yet.",
  "boundary.title": "Something went wrong while drawing this view.",
  "boundary.retry": "Try again",
} as const;

import { explore, type Exploration, type ExploreParams, type Mode } from "../../core";

/** The explorer's views a chapter shows (the explorer's own names). */
export type LessonView = "scatter" | "zero" | "matrix";

/** One single-channel configuration a chapter or a practice question computes and shows. */
export interface LessonConfig {
  mode: Mode;
  /** This direction's input, rows of numbers. */
  input: readonly (readonly number[])[];
  kernel: readonly (readonly number[])[];
  stride: [number, number];
  padding: [number, number];
  dilation: [number, number];
  outputPadding: [number, number];
}

const rowsOf = (rows: readonly (readonly number[])[]) => ({ h: rows.length, w: rows[0]?.length ?? 0, data: Float64Array.from(rows.flat()) });

/** The core's parameters for a configuration: input [1, H, W], weight [1, 1, kH, kW]. */
export function exploreParamsOf(c: LessonConfig): ExploreParams {
  const x = rowsOf(c.input);
  const k = rowsOf(c.kernel);
  return {
    mode: c.mode,
    input: { shape: [1, x.h, x.w], data: x.data },
    weight: { shape: [1, 1, k.h, k.w], data: k.data },
    bias: null,
    stride: c.stride,
    padding: c.padding,
    dilation: c.dilation,
    outputPadding: c.outputPadding,
    groups: 1,
  };
}

/** Output, traces and matrix of a configuration, from the core (throws the core's RangeError if invalid). */
export function exploreConfig(c: LessonConfig): Exploration {
  return explore(exploreParamsOf(c));
}

const SEED_ROWS = [
  [1, 2, 3, 4],
  [1, 2, 3, 4],
  [1, 2, 3, 4],
  [1, 2, 3, 4],
];
const ONES3 = [
  [1, 1, 1],
  [1, 1, 1],
  [1, 1, 1],
];

/** A configuration with stride 1, padding 0, dilation 1 and no output_padding unless given. */
export function lessonConfig(mode: Mode, input: number[][], kernel: number[][], more: Partial<LessonConfig> = {}): LessonConfig {
  return { mode, input, kernel, stride: [1, 1], padding: [0, 0], dilation: [1, 1], outputPadding: [0, 0], ...more };
}

/** The tutorial's figure: rows 1 2 3 4, the all-ones 3×3 kernel, stride 1, padding 0 → [[18,27],[18,27]]. */
export const SEED_CONV = lessonConfig("conv", SEED_ROWS, ONES3);

/** The seed's output as a conv_transpose2d input: the figure's reverse, whose result is the chapter 5 4×4. */
export function seedReverse(more: Partial<LessonConfig> = {}): LessonConfig {
  const y = exploreConfig(SEED_CONV).output;
  const [, h, w] = y.shape;
  const rows = Array.from({ length: h }, (_, r) => Array.from(y.data.subarray(r * w, (r + 1) * w)));
  return lessonConfig("transposed", rows, ONES3, more);
}

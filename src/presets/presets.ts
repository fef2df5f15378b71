import { fill, type Mode, type Pair } from "../core";
import type { MessageKey } from "../i18n";
import { seedParams, weightShape, type ExplorerParams } from "../params/explorerParams";
import { defaultUrlState, type UrlState } from "../url/state";

/**
 * The preset gallery's list: every preset is a whole link state (a UrlState), so a card is a URL
 * that reproduces exactly what it shows. Values are small integers (or a meaningful pattern) so
 * every number stays readable; random values come from the core's seeded fill, so they never change.
 */
export const PRESET_IDS = [
  "seed",
  "seedReverse",
  "noPadding",
  "arbitraryPadding",
  "halfPadding",
  "fullPadding",
  "strided",
  "paddedStrided",
  "odd",
  "dilated",
  "dcgan",
  "fcn",
  "unet",
  "checkerboard",
  "outputPadding0",
  "outputPadding1",
  "frameworksDisagree",
  "depthwise",
  "grouped",
] as const;

export type PresetId = (typeof PRESET_IDS)[number];

/** The gallery's sections, in order. */
export const PRESET_SECTIONS = ["seed", "arithmetic", "networks", "sizes", "channels"] as const;
export type PresetSection = (typeof PRESET_SECTIONS)[number];

export interface Preset {
  id: PresetId;
  section: PresetSection;
  /** Message keys of the card's title and one-line explanation (gallery.*.en/zh-CN). */
  title: `gallery.${PresetId}.title` & MessageKey;
  explain: `gallery.${PresetId}.explain` & MessageKey;
  state: UrlState;
}

interface Shape {
  mode: Mode;
  /** Channels, height and width of this direction's input. */
  input: [number, number, number];
  outC?: number;
  k: number;
  s?: number;
  p?: number;
  d?: number;
  op?: number;
  groups?: number;
}

/** Values of a grid: a literal list, or a fill of the core's editor (seeded where random). */
type Values = number[] | { fill: "ones" | "randomIntegers" | "bilinear" | "edge"; seed?: number; stride?: number } | "sequence";

const pair = (v: number): Pair => [v, v];

function valuesOf(v: Values, planes: number, rows: number, cols: number): Float64Array {
  const n = planes * rows * cols;
  if (v === "sequence") return Float64Array.from({ length: n }, (_, i) => i + 1);
  if (Array.isArray(v)) {
    if (v.length !== n) throw new Error(`preset values: expected ${n}, got ${v.length}`);
    return Float64Array.from(v);
  }
  // Random values differ from plane to plane; a structured kernel (bilinear, edge) repeats per plane.
  if (v.fill === "randomIntegers") return Float64Array.from(fill(v.fill, planes * rows, cols, { seed: v.seed }));
  const plane = fill(v.fill, rows, cols, { seed: v.seed, stride: v.stride });
  return Float64Array.from({ length: n }, (_, i) => plane[i % plane.length]);
}

/** Parameters from a shape and its values; the weight layout is PyTorch's (see weightShape). */
function paramsOf(shape: Shape, input: Values, weight: Values): ExplorerParams {
  const [inC, inH, inW] = shape.input;
  const base = {
    ...seedParams(),
    mode: shape.mode,
    inC,
    inH,
    inW,
    outC: shape.outC ?? inC,
    kH: shape.k,
    kW: shape.k,
    groups: shape.groups ?? 1,
    stride: pair(shape.s ?? 1),
    padding: pair(shape.p ?? 0),
    dilation: pair(shape.d ?? 1),
    outputPadding: pair(shape.op ?? 0),
  };
  const [a, b, kH, kW] = weightShape(base);
  return { ...base, input: valuesOf(input, inC, inH, inW), weight: valuesOf(weight, a * b, kH, kW) };
}

function preset(id: PresetId, section: PresetSection, params: ExplorerParams): Preset {
  return {
    id,
    section,
    title: `gallery.${id}.title`,
    explain: `gallery.${id}.explain`,
    state: { ...defaultUrlState(), params },
  };
}

const T = "transposed" as const;
const ONES = { fill: "ones" } as const;

/** 16·(r + c) on a 4×4 grid: a ramp whose bilinear upsampling (weights in sixteenths) stays integral. */
const RAMP_16 = Array.from({ length: 16 }, (_, i) => 16 * (Math.floor(i / 4) + (i % 4)));

/** Builds the list afresh (each preset owns its arrays, so a caller may not corrupt another's). */
export function presets(): Preset[] {
  return [
    // The tutorial's figure and its reverse.
    preset("seed", "seed", seedParams()),
    preset("seedReverse", "seed", paramsOf({ mode: T, input: [1, 2, 2], k: 3 }, [18, 27, 18, 27], ONES)),
    // Dumoulin & Visin, "A guide to convolution arithmetic", section 4: each convolution's transpose.
    preset("noPadding", "arithmetic", paramsOf({ mode: T, input: [1, 2, 2], k: 3 }, "sequence", ONES)),
    preset("arbitraryPadding", "arithmetic", paramsOf({ mode: T, input: [1, 6, 6], k: 4, p: 2 }, "sequence", ONES)),
    preset("halfPadding", "arithmetic", paramsOf({ mode: T, input: [1, 5, 5], k: 3, p: 1 }, "sequence", ONES)),
    preset("fullPadding", "arithmetic", paramsOf({ mode: T, input: [1, 7, 7], k: 3, p: 2 }, "sequence", ONES)),
    preset("strided", "arithmetic", paramsOf({ mode: T, input: [1, 2, 2], k: 3, s: 2 }, "sequence", ONES)),
    preset("paddedStrided", "arithmetic", paramsOf({ mode: T, input: [1, 3, 3], k: 3, s: 2, p: 1 }, "sequence", ONES)),
    preset("odd", "arithmetic", paramsOf({ mode: T, input: [1, 3, 3], k: 3, s: 2, p: 1, op: 1 }, { fill: "randomIntegers", seed: 2 }, ONES)),
    preset("dilated", "arithmetic", paramsOf({ mode: T, input: [1, 3, 3], k: 3, d: 2 }, "sequence", ONES)),
    // Where networks use it.
    preset(
      "dcgan",
      "networks",
      paramsOf({ mode: T, input: [1, 4, 4], k: 4, s: 2, p: 1 }, { fill: "randomIntegers", seed: 3 }, { fill: "randomIntegers", seed: 5 }),
    ),
    preset("fcn", "networks", paramsOf({ mode: T, input: [1, 4, 4], k: 4, s: 2, p: 1 }, RAMP_16, { fill: "bilinear", stride: 2 })),
    preset("unet", "networks", paramsOf({ mode: T, input: [1, 4, 4], k: 2, s: 2 }, "sequence", [1, 2, 3, 4])),
    // Sizes and artifacts.
    preset("checkerboard", "sizes", paramsOf({ mode: T, input: [1, 4, 4], k: 3, s: 2 }, ONES, ONES)),
    preset("outputPadding0", "sizes", paramsOf({ mode: T, input: [1, 3, 3], k: 3, s: 2, p: 1 }, "sequence", ONES)),
    preset("outputPadding1", "sizes", paramsOf({ mode: T, input: [1, 3, 3], k: 3, s: 2, p: 1, op: 1 }, "sequence", ONES)),
    // The issue's trap: Keras' padding="same" gives this 6×6 too, cropped on the other side (the import box shows both).
    {
      ...preset("frameworksDisagree", "sizes", paramsOf({ mode: T, input: [1, 3, 3], k: 3, s: 2, p: 1, op: 1 }, "sequence", ONES)),
      // The scatter view alone, so PyTorch's grid and the comparison below it fit one screen.
      state: { ...defaultUrlState(), params: paramsOf({ mode: T, input: [1, 3, 3], k: 3, s: 2, p: 1, op: 1 }, "sequence", ONES), views: ["scatter"] },
    },
    // Channels: each input channel with its own kernel (depthwise), or channels in groups.
    preset(
      "depthwise",
      "channels",
      paramsOf({ mode: T, input: [2, 3, 3], outC: 2, groups: 2, k: 3 }, "sequence", [1, 1, 1, 1, 1, 1, 1, 1, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1]),
    ),
    preset(
      "grouped",
      "channels",
      paramsOf(
        { mode: T, input: [4, 3, 3], outC: 2, groups: 2, k: 2 },
        { fill: "randomIntegers", seed: 7 },
        [1, 0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, -1, -1, 1],
      ),
    ),
  ];
}

/** The preset with this id. */
export function presetById(id: PresetId): Preset {
  const found = presets().find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

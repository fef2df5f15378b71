import { interpolateGreys, interpolateRdBu } from "./ramps";
import { rgb } from "d3-color";

/**
 * Colours, as pure factories (d3 computes, React renders). Values get a quiet fill so the
 * highlight colours stay readable on top of them: greys for one-signed data, a pale red–blue
 * diverging map (colour-blind safe; no red-vs-green) around 0 for signed data. Both ranges are
 * clipped to their light end, so dark text always keeps WCAG AA contrast.
 *
 * The palettes are sampled straight from the ramps: a d3 sequential or diverging scale over the
 * value range maps level t back to t, so it added nothing but its code (d3-scale with d3-format
 * and d3-array, about 9 KB gzip of the start page; test/format/colors.test.ts checks that the
 * colours are the ones such a scale gives).
 */
export type Fill = (v: number) => string;

/**
 * Levels of a fill's palette. A fill is a lookup into colours computed once, so a canvas of
 * 17 000 cells costs one array read per cell instead of a d3 interpolation and a string; 256
 * levels of a pale ramp are indistinguishable from a continuous one.
 */
const LEVELS = 256;

function palette(interpolate: (t: number) => string): string[] {
  return Array.from({ length: LEVELS }, (_, i) => interpolate(i / (LEVELS - 1)));
}

/** The smallest and largest finite values (NaN marks "not computed yet"), or null when there are none. */
export function finiteExtent(values: ArrayLike<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return Number.isFinite(lo) ? [lo, hi] : null;
}

export function valueFill(values: ArrayLike<number>): Fill {
  const extent = finiteExtent(values);
  if (!extent) return () => "transparent";
  const [lo, hi] = extent;
  if (lo < 0 && hi > 0) {
    const m = Math.max(-lo, hi);
    // The diverging scale over [−m, 0, m], sampled at LEVELS points: level t is the value −m + 2mt.
    const colours = palette((t) => interpolateRdBu(0.5 + (t - 0.5) * 0.55));
    return (v) => (Number.isFinite(v) ? colours[level((v + m) / (2 * m))] : "transparent");
  }
  const m = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
  // The sequential scale over [0, m], sampled at LEVELS points: level t is the value mt.
  const colours = palette((t) => interpolateGreys(0.03 + 0.27 * t));
  return (v) => (Number.isFinite(v) ? colours[level(Math.abs(v) / m)] : "transparent");
}

function level(t: number): number {
  return Math.max(0, Math.min(LEVELS - 1, Math.round(t * (LEVELS - 1))));
}

/** Relative luminance (WCAG 2.x) of a CSS colour. */
export function luminance(color: string): number {
  const c = rgb(color);
  const lin = (u: number): number => {
    const s = u / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** Contrast ratio between two colours (WCAG 2.x), 1..21. */
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (l1 + 0.05) / (l2 + 0.05);
}

export const INK = "#0f172a";
export const PAPER = "#ffffff";

const inkCache = new Map<string, string>();

/** Dark or light text, whichever contrasts more with the fill (cached: fills come from palettes). */
export function inkOn(fill: string): string {
  if (fill === "transparent") return INK;
  let ink = inkCache.get(fill);
  if (!ink) {
    ink = contrast(fill, INK) >= contrast(fill, PAPER) ? INK : PAPER;
    if (inkCache.size > 4096) inkCache.clear();
    inkCache.set(fill, ink);
  }
  return ink;
}

/**
 * The highlight colours of the stylesheet, for drawing on a canvas (keep in step with the
 * --read, --written and --linked tokens of styles.css; test/format/colors.test.ts checks them).
 */
export const HIGHLIGHT = {
  read: "#b85c00",
  readBg: "#fde4b8",
  written: "#0072b2",
  writtenBg: "#cde5f5",
  linked: "#7e2f8e",
  line: "#cbd5e1",
  focus: "#0072b2",
} as const;

import { interpolateLab, piecewise } from "d3-interpolate";
import { rgb } from "d3-color";
import { finiteExtent } from "../../format/colors";

/**
 * The canvas matrix's colour map. Entries there are a few pixels wide, so they need more contrast
 * than the DOM grids' pale fills: one-signed values run from light to dark slate by magnitude,
 * signed values from crimson through grey to blue (colour-blind safe; never red against green).
 * Neither end reaches white, so a stored entry whose weight is 0 stays visible against the
 * structural zeros' background.
 */
export interface Ramp {
  css: (v: number) => string;
  /** The colour as one RGBA pixel of a Uint32Array view on ImageData (little-endian byte order), from 256 levels. */
  packed: (v: number) => number;
  lo: number;
  hi: number;
  signed: boolean;
  /** A CSS linear-gradient for the legend, from lo (left) to hi (right). */
  gradient: string;
}

const LEVELS = 256;
const LIGHT = "#b4c0d0";
const DARK = "#1e293b";
const NEGATIVE = "#b2182b";
const MIDDLE = "#c3c8d0";
const POSITIVE = "#2166ac";

/** Packs a CSS colour into the little-endian RGBA layout of a Uint32Array over ImageData.data. */
export function pack(color: string, alpha = 255): number {
  const c = rgb(color);
  return ((alpha << 24) | (Math.round(c.b) << 16) | (Math.round(c.g) << 8) | Math.round(c.r)) >>> 0;
}

export function strongRamp(values: ArrayLike<number>): Ramp {
  const [lo, hi] = finiteExtent(values) ?? [0, 0];
  const signed = lo < 0 && hi > 0;
  const m = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
  let css: (v: number) => string;
  let gradient: string;
  if (signed) {
    const f = piecewise(interpolateLab, [NEGATIVE, MIDDLE, POSITIVE]);
    css = (v) => f(Math.max(0, Math.min(1, 0.5 + v / (2 * m))));
    const a = 0.5 + lo / (2 * m);
    const b = 0.5 + hi / (2 * m);
    gradient = `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map((t) => f(a + (b - a) * t)).join(", ")})`;
  } else {
    const f = interpolateLab(LIGHT, DARK);
    css = (v) => f(Math.max(0, Math.min(1, Math.abs(v) / m)));
    const a = Math.min(Math.abs(lo), Math.abs(hi)) / m;
    // A constant map still gets a visible legend: from 0 up to its one value.
    const from = lo === hi ? 0 : a;
    gradient = `linear-gradient(to right, ${[0, 0.5, 1].map((t) => f(from + (1 - from) * t)).join(", ")})`;
  }
  // 256 levels, computed once: a lookup per pixel instead of an interpolation and a colour string.
  const lut = new Uint32Array(LEVELS);
  const lo2 = signed ? -m : 0;
  const span = signed ? 2 * m : m;
  for (let i = 0; i < LEVELS; i++) lut[i] = pack(css(lo2 + (span * i) / (LEVELS - 1)));
  const packed = (v: number): number => {
    const t = ((signed ? v : Math.abs(v)) - lo2) / span;
    return lut[Math.max(0, Math.min(LEVELS - 1, Math.round(t * (LEVELS - 1))))];
  };
  return { css, packed, lo, hi, signed, gradient };
}

/** Per kernel weight, its packed colour: an entry's colour is a lookup by its kernelIdx, O(1). */
export function weightPalette(weights: ArrayLike<number>, ramp: Ramp): Uint32Array {
  const out = new Uint32Array(weights.length);
  for (let k = 0; k < weights.length; k++) out[k] = ramp.packed(weights[k]);
  return out;
}

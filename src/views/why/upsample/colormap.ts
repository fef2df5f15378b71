import { rgb } from "d3-color";
import { interpolateCividis, interpolateViridis } from "d3-scale-chromatic";

/**
 * Colour maps as 256-entry lookup tables (d3 computes the colours once; a 98 000-pixel image then
 * costs one table read per pixel, about a millisecond). Both are perceptually uniform and
 * readable with every common colour-vision deficiency: cividis for errors, viridis for counts.
 */
export type Lut = Uint8ClampedArray;

function lut(interpolate: (t: number) => string): Lut {
  const out = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const c = rgb(interpolate(i / 255));
    out[3 * i] = c.r;
    out[3 * i + 1] = c.g;
    out[3 * i + 2] = c.b;
  }
  return out;
}

let cividis: Lut | null = null;
let viridis: Lut | null = null;
export const errorLut = (): Lut => (cividis ??= lut(interpolateCividis));
export const countLut = (): Lut => (viridis ??= lut(interpolateViridis));

/** The CSS colour of t ∈ [0, 1] in a table. */
export function lutColor(table: Lut, t: number): string {
  const i = 3 * Math.max(0, Math.min(255, Math.round(t * 255)));
  return `rgb(${table[i]}, ${table[i + 1]}, ${table[i + 2]})`;
}

/** Error values (0..255 units) as opaque RGBA through the table, with `max` at its top end. */
export function colorize(values: Float32Array, max: number, table: Lut): Uint8ClampedArray {
  const out = new Uint8ClampedArray(4 * values.length);
  const k = 255 / Math.max(max, 1e-9);
  for (let i = 0, j = 0; i < values.length; i++, j += 4) {
    const at = 3 * Math.min(255, Math.round(values[i] * k));
    out[j] = table[at];
    out[j + 1] = table[at + 1];
    out[j + 2] = table[at + 2];
    out[j + 3] = 255;
  }
  return out;
}

/** A round upper end for a shared error scale: the next of 8, 16, 32, 64, 128 or 255 above `v`. */
export function niceErrorMax(v: number): number {
  for (const m of [8, 16, 32, 64, 128]) if (v <= m) return m;
  return 255;
}

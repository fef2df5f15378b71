import { GLYPH_H, GLYPH_W, inkAt } from "./font5x7";
import type { PatternName, Picture } from "./protocol";

const PAPER = 240;
const INK = 16;

/**
 * A synthetic test image, grey, as opaque RGBA. Paper and ink are 240 and 16, not 255 and 0, so
 * the overshoot of bicubic and of signed kernels stays visible instead of clipping.
 * - zonePlate: ½ + ½·cos(π r² / (2R)) about the centre, R the half-diagonal: the local frequency
 *   r / (2R) rises from 0 to the Nyquist limit, ½ cycle per pixel, at the corners, so every
 *   frequency appears once and aliasing shows as false rings.
 * - checkerboard: 10-pixel squares, so after ×2 or ×4 pooling some edges fall inside a pixel.
 * - text: the 5×7 font at 4, 3, 2 and 1 pixels per dot; the smallest lines cannot survive ×4.
 * - flat: uniform mid grey, on which a transposed convolution paints its coverage pattern.
 */
export function patternPicture(name: PatternName, width: number, height: number): Picture {
  const grey = new Float64Array(width * height);
  switch (name) {
    case "zonePlate": {
      const cx = width / 2;
      const cy = height / 2;
      const R = Math.hypot(cx, cy);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const r2 = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2;
          grey[y * width + x] = INK + (PAPER - INK) * (0.5 + 0.5 * Math.cos((Math.PI * r2) / (2 * R)));
        }
      }
      break;
    }
    case "checkerboard":
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) grey[y * width + x] = (Math.floor(x / 10) + Math.floor(y / 10)) % 2 ? INK : PAPER;
      }
      break;
    case "text":
      grey.fill(PAPER);
      drawText(grey, width, height);
      break;
    case "flat":
      grey.fill(128);
      break;
  }
  const rgba = new Uint8ClampedArray(4 * width * height);
  for (let i = 0; i < grey.length; i++) {
    rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = grey[i];
    rgba[4 * i + 3] = 255;
  }
  return { width, height, rgba };
}

/** [text, pixels per font dot]: the lines of the text pattern, largest first. */
const LINES: ReadonlyArray<[string, number]> = [
  ["UPSAMPLING LAB", 4],
  ["NEAREST BILINEAR", 3],
  ["BICUBIC ×2 ×4", 3],
  ["TRANSPOSED CONVOLUTION", 2],
  ["RESIZE THEN CONVOLVE", 2],
  ["THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG", 1],
  ["K = 3  S = 2  GIVES 1 2 1 2 IN 1D", 1],
  ["0123456789 0123456789 0123456789", 1],
];

function drawText(grey: Float64Array, width: number, height: number): void {
  let top = 12;
  for (const [text, scale] of LINES) {
    const advance = (GLYPH_W + 1) * scale;
    let left = 12;
    for (const ch of text) {
      for (let r = 0; r < GLYPH_H; r++) {
        for (let c = 0; c < GLYPH_W; c++) {
          if (!inkAt(ch, r, c)) continue;
          for (let dy = 0; dy < scale; dy++) {
            const y = top + r * scale + dy;
            if (y >= height) continue;
            for (let dx = 0; dx < scale; dx++) {
              const x = left + c * scale + dx;
              if (x < width) grey[y * width + x] = INK;
            }
          }
        }
      }
      left += advance;
    }
    top += (GLYPH_H + 4) * scale + 4;
  }
}

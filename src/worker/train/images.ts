import { mulberry32 } from "../../core";
import type { GrayImage, ImageSource } from "./protocol";

export type SyntheticName = "noise" | "zone" | "shapes";

/** Side of the synthetic images: ~0.3 ms per training update at 128×128, k=4, s=2. */
export const SYNTHETIC_SIDE = 128;

/**
 * A synthetic grayscale image in [0, 1], the same on every machine.
 * - noise: 1/f ("pink") noise, 64 plane waves of random direction and phase with amplitude 1/f
 *   (mulberry32(11)): the spectrum of natural photographs, so its best upsampling kernel is
 *   photo-like, with no file to load.
 * - zone: a zone plate cos(π r² / (2·side)), its frequency rising from 0 at the centre to ~0.35
 *   cycles per pixel in the corners: beyond ¼ the ×2 pooling aliases it.
 * - shapes: flat shapes with hard edges (a bar, a disc, a triangle, stripes) on a gentle ramp.
 * Cost: O(side² · 64) multiply-adds for noise (the waves are separable), O(side²) for the others.
 */
export function syntheticImage(name: SyntheticName, side = 128): GrayImage {
  const data = new Float64Array(side * side);
  if (name === "noise") {
    const rand = mulberry32(11);
    const cx = new Float64Array(side);
    const sx = new Float64Array(side);
    for (let w = 0; w < 64; w++) {
      const f = 1 + rand() * (side / 4 - 1);
      const th = rand() * 2 * Math.PI;
      const phase = rand() * 2 * Math.PI;
      const a = 1 / f;
      const fx = (2 * Math.PI * f * Math.cos(th)) / side;
      const fy = (2 * Math.PI * f * Math.sin(th)) / side;
      for (let x = 0; x < side; x++) {
        cx[x] = Math.cos(fx * x);
        sx[x] = Math.sin(fx * x);
      }
      for (let y = 0; y < side; y++) {
        const cy = a * Math.cos(fy * y + phase);
        const sy = a * Math.sin(fy * y + phase);
        const row = y * side;
        for (let x = 0; x < side; x++) data[row + x] += cx[x] * cy - sx[x] * sy;
      }
    }
  } else if (name === "zone") {
    const c = side / 2;
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++) data[y * side + x] = 0.5 + 0.5 * Math.cos((Math.PI * ((x - c) ** 2 + (y - c) ** 2)) / (2 * side));
  } else {
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++) {
        const u = x / side;
        const v = y / side;
        let val = 0.25 + 0.2 * u;
        if (u > 0.12 && u < 0.22 && v > 0.15 && v < 0.85) val = 0.9;
        if ((u - 0.55) ** 2 + (v - 0.3) ** 2 < 0.025) val = 0.8;
        if (v > 0.6 && v < 0.9 && Math.abs(u - 0.62) < (v - 0.6) * 0.8) val = 0.05;
        if (u > 0.82 && v > 0.1 && v < 0.5 && Math.floor(v * 40) % 2 === 0) val = 0.95;
        data[y * side + x] = val;
      }
  }
  return normalize({ width: side, height: side, data });
}

function normalize(img: GrayImage): GrayImage {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of img.data) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const span = hi - lo || 1;
  for (let i = 0; i < img.data.length; i++) img.data[i] = (img.data[i] - lo) / span;
  return img;
}

/** The top-left part whose sides are multiples of s (the pooling needs whole s×s blocks). */
export function cropToMultiple(img: GrayImage, s: number): GrayImage {
  const width = img.width - (img.width % s);
  const height = img.height - (img.height % s);
  if (width === img.width && height === img.height) return img;
  const data = new Float64Array(width * height);
  for (let y = 0; y < height; y++) data.set(img.data.subarray(y * img.width, y * img.width + width), y * width);
  return { width, height, data };
}

/** The image a source names, cropped so both sides are multiples of `multiple`. */
export function resolveImage(source: ImageSource, multiple = 1): GrayImage {
  const img = source.kind === "synthetic" ? syntheticImage(source.name, SYNTHETIC_SIDE) : source.image;
  return cropToMultiple(img, multiple);
}

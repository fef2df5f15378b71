import type { GrayImage } from "../../../worker/train/protocol";

/** The photos in public/images/ (see public/ATTRIBUTION.md), by name. */
export const PHOTO_FILES = {
  camera: "images/camera.png",
  astronaut: "images/astronaut.jpg",
  coffee: "images/coffee.jpg",
  chelsea: "images/chelsea.jpg",
} as const;
export type PhotoName = keyof typeof PHOTO_FILES;

export const isPhoto = (name: string): name is PhotoName => name in PHOTO_FILES;

/** Largest side, in pixels, of a photo once loaded: ~0.3 ms per training update at 128×128. */
export const PHOTO_MAX_SIDE = 192;

/**
 * Grayscale from RGBA bytes, Rec. 709 luma on the sRGB values (as skimage's rgb2gray), averaged
 * over f×f blocks so that the longest side is at most maxSide: a box filter done here, not by the
 * browser's resampler, so the pixels (and a training run on them) are the same in every browser
 * for a PNG.
 */
export function grayFromRgba(rgba: Uint8ClampedArray, width: number, height: number, maxSide: number): GrayImage {
  const f = Math.max(1, Math.ceil(Math.max(width, height) / maxSide));
  const w = Math.floor(width / f);
  const h = Math.floor(height / f);
  const data = new Float64Array(w * h);
  const norm = 1 / (255 * f * f);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let a = 0; a < f; a++)
        for (let b = 0; b < f; b++) {
          const i = ((y * f + a) * width + x * f + b) * 4;
          sum += 0.2125 * rgba[i] + 0.7154 * rgba[i + 1] + 0.0721 * rgba[i + 2];
        }
      data[y * w + x] = sum * norm;
    }
  return { width: w, height: h, data };
}

const photoCache = new Map<PhotoName, Promise<GrayImage>>();

/** One of the bundled photos as a grayscale image (cached); rejects where images cannot be decoded (jsdom). */
export function loadPhoto(name: PhotoName): Promise<GrayImage> {
  let p = photoCache.get(name);
  if (!p) {
    p = decodePhoto(PHOTO_FILES[name]);
    photoCache.set(name, p);
    p.catch(() => photoCache.delete(name));
  }
  return p;
}

async function decodePhoto(file: string): Promise<GrayImage> {
  if (typeof createImageBitmap === "undefined" || typeof fetch === "undefined") {
    throw new Error("this browser cannot decode images here");
  }
  const response = await fetch(file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const bitmap = await createImageBitmap(await response.blob());
  const canvas = document.createElement("canvas");
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error("no 2D canvas");
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return grayFromRgba(data, canvas.width, canvas.height, PHOTO_MAX_SIDE);
}

import { patternPicture } from "./patterns";
import type { ImageSource, Picture } from "./protocol";

/** Largest image side the jobs accept; the page downscales bigger uploads before sending them. */
export const MAX_SIDE = 1024;

/**
 * The picture of a source: the given pixels, or a pattern drawn at the requested size. Throws a
 * RangeError for sizes out of range or pixel data of the wrong length.
 */
export function sourcePicture(source: ImageSource): Picture {
  const p =
    source.kind === "pixels" ? source.picture : { width: source.width, height: source.height, rgba: null };
  for (const [name, v] of [["width", p.width], ["height", p.height]] as const) {
    if (!Number.isInteger(v) || v < 1 || v > MAX_SIDE) {
      throw new RangeError(`image ${name} must be a whole number from 1 to ${MAX_SIDE} (got ${v})`);
    }
  }
  if (source.kind === "pattern") return patternPicture(source.pattern, source.width, source.height);
  if (source.picture.rgba.length !== 4 * p.width * p.height) {
    throw new RangeError(
      `image data must hold 4 bytes per pixel, ${4 * p.width * p.height} for ${p.width}×${p.height} (got ${source.picture.rgba.length})`,
    );
  }
  return source.picture;
}

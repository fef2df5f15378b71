import { checkWhole, refuseJob } from "../jobProblems";
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
  checkWhole("imageWidth", p.width, 1, MAX_SIDE);
  checkWhole("imageHeight", p.height, 1, MAX_SIDE);
  if (source.kind === "pattern") return patternPicture(source.pattern, source.width, source.height);
  if (source.picture.rgba.length !== 4 * p.width * p.height) {
    const [count, got] = [4 * p.width * p.height, source.picture.rgba.length];
    throw refuseJob(
      "job.imageBytes",
      { count, width: p.width, height: p.height, got },
      `image data must hold 4 bytes per pixel, ${count} for ${p.width}×${p.height} (got ${got})`,
    );
  }
  return source.picture;
}

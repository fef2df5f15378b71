import type { Picture } from "../../../worker/image/protocol";

/** The longest side the pages work at: ×4 of it is 1536 pixels, computed in well under a second. */
export const MAX_SIDE = 384;
/** The shortest side an upload may have: ×4 pooling leaves 4 pixels. */
export const MIN_SIDE = 16;

export type ImageFileProblem = "notImage" | "decode" | "tooSmall" | "unsupported";

/** Why a file could not become a picture; `code` picks the message, in either language. */
export class ImageFileError extends Error {
  readonly code: ImageFileProblem;
  constructor(code: ImageFileProblem, detail: string) {
    super(detail);
    this.name = "ImageFileError";
    this.code = code;
  }
}

export interface Decoded {
  picture: Picture;
  /** The file's own size, before any downscaling. */
  originalWidth: number;
  originalHeight: number;
  downscaled: boolean;
}

const IMAGE_NAME = /\.(png|jpe?g|gif|webp|bmp|avif|ico)$/i;

/**
 * Whether a file claims to be an image: its MIME type says image/*, or, when the browser gives no
 * type, its name ends like one. Anything else is refused before any decoding is tried.
 */
export function looksLikeImage(file: Pick<File, "type" | "name">): boolean {
  return file.type ? file.type.startsWith("image/") : IMAGE_NAME.test(file.name);
}

/**
 * A file or fetched blob as RGBA pixels, decoded by the browser off the main thread
 * (createImageBitmap) and, when its longest side exceeds MAX_SIDE, downscaled by the browser's
 * high-quality resampler before any pixel reaches JavaScript. The pixels never leave the page.
 * Only the final canvas read (MAX_SIDE² pixels at most, about a millisecond) runs on the main
 * thread; the conversion to float64 planes happens in the image worker.
 */
export async function decodePicture(blob: Blob, name = ""): Promise<Decoded> {
  if (blob instanceof File && !looksLikeImage(blob)) {
    throw new ImageFileError("notImage", `${name || blob.name}: ${blob.type || "unknown type"}`);
  }
  if (typeof createImageBitmap === "undefined" || typeof document === "undefined") {
    throw new ImageFileError("unsupported", "createImageBitmap is not available");
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch (error) {
    throw new ImageFileError("decode", error instanceof Error ? error.message : String(error));
  }
  const originalWidth = bitmap.width;
  const originalHeight = bitmap.height;
  const f = Math.min(1, MAX_SIDE / Math.max(originalWidth, originalHeight));
  const width = Math.max(1, Math.round(originalWidth * f));
  const height = Math.max(1, Math.round(originalHeight * f));
  if (width < MIN_SIDE || height < MIN_SIDE) {
    bitmap.close();
    throw new ImageFileError("tooSmall", `${width}×${height}`);
  }
  if (f < 1) {
    const big = bitmap;
    bitmap = await createImageBitmap(big, { resizeWidth: width, resizeHeight: height, resizeQuality: "high" });
    big.close();
  }
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) {
    bitmap.close();
    throw new ImageFileError("unsupported", "no 2D canvas");
  }
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const { data } = ctx.getImageData(0, 0, width, height);
  return { picture: { width, height, rgba: data }, originalWidth, originalHeight, downscaled: f < 1 };
}

const photoCache = new Map<string, Promise<Decoded>>();

/** A bundled image, fetched and decoded once per page load (a failure is not cached). */
export function loadBundled(file: string): Promise<Decoded> {
  let p = photoCache.get(file);
  if (!p) {
    p = (async () => {
      if (typeof fetch === "undefined" || typeof createImageBitmap === "undefined") {
        throw new ImageFileError("unsupported", "this browser cannot decode images here");
      }
      const response = await fetch(file);
      if (!response.ok) throw new ImageFileError("decode", `${file}: HTTP ${response.status}`);
      return decodePicture(await response.blob(), file);
    })();
    photoCache.set(file, p);
    p.catch(() => photoCache.delete(file));
  }
  return p;
}

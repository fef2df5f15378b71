import type { Picture } from "../../../src/worker/image/protocol";

/** A small deterministic RGB picture: smooth gradients plus a hard edge, opaque. */
export function testPicture(width = 24, height = 16): Picture {
  const rgba = new Uint8ClampedArray(4 * width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 4 * (y * width + x);
      rgba[i] = (x * 255) / (width - 1);
      rgba[i + 1] = (y * 255) / (height - 1);
      rgba[i + 2] = x > width / 2 ? 220 : 30;
      rgba[i + 3] = 255;
    }
  }
  return { width, height, rgba };
}

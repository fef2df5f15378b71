/**
 * Text that looks like one of the layers importLayer reads, for the explorer-wide paste: a cheap
 * test on the start page, so that the parser's chunk is fetched only for a paste it will read.
 */
export function looksLikeLayer(text: string): boolean {
  return /\b(Conv2d|ConvTranspose2d|Conv2D|Conv2DTranspose|ConvTranspose|Conv)\s*\(/.test(text) && text.length < 2000;
}

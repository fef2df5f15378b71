import { checkInteger } from "./shape";

/**
 * Every conv input size i with ⌊(i + 2p − d(k−1) − 1)/s⌋ + 1 = o: the s consecutive sizes
 * (o−1)s + d(k−1) + 1 − 2p + r for r = 0..s−1 (those ≥ 1). A transposed convolution restores one
 * of them, and output_padding = r picks which (PyTorch ConvTranspose2d docs, the note on
 * output_padding). Example: k=3, s=2, p=1 maps both 5 and 6 to 3.
 */
export function convInputSizesFor(o: number, k: number, s: number, p: number, d: number): number[] {
  checkInteger("outputSize", o, 1);
  checkInteger("kernelSize", k, 1);
  checkInteger("stride", s, 1);
  checkInteger("padding", p, 0);
  checkInteger("dilation", d, 1);
  const first = (o - 1) * s + d * (k - 1) + 1 - 2 * p;
  const sizes: number[] = [];
  for (let r = 0; r < s; r++) if (first + r >= 1) sizes.push(first + r);
  return sizes;
}

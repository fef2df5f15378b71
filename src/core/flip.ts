import type { Tensor } from "./tensor";

/**
 * The kernel rotated 180° in its two spatial axes (channels untouched). Deep-learning "convolution"
 * is cross-correlation; correlating with the flipped kernel computes the true (mathematical)
 * convolution, Σ x[i − k] · w[k].
 */
export function flipKernel(w: Tensor): Tensor {
  const [kH, kW] = w.shape.slice(-2);
  const area = kH * kW;
  const data = new Float64Array(w.data.length);
  for (let base = 0; base < data.length; base += area) {
    for (let i = 0; i < area; i++) data[base + i] = w.data[base + area - 1 - i];
  }
  return { shape: [...w.shape], data };
}

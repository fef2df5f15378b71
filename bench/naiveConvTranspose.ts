/**
 * The naive reference for conv_transpose2d: a plain direct loop, one multiply-add at a time with a
 * bounds check on every tap. For each input cell and each kernel tap it computes the output
 * position, x[n, co, iy·s − p + ky·d, ix·s − p + kx·d], and accumulates there if it lies inside
 * (PyTorch ConvTranspose2d docs). It deliberately shares no code with src/core, so it doubles as
 * an independent correctness check; the bench measures how much faster the core is than this.
 */

/** Height and width of a 2-D parameter. */
export type HW = [number, number];

/** Parameters of the naive loop, every one given explicitly (no defaults, no validation). */
export interface NaiveParams {
  stride: HW;
  padding: HW;
  dilation: HW;
  outputPadding: HW;
  groups: number;
}

/**
 * conv_transpose2d of input [N, Cin, H, W] with weight [Cin, Cout/groups, kH, kW] and optional bias,
 * returning the output [N, Cout, Ho, Wo] with Ho = (H−1)s − 2p + d(k−1) + output_padding + 1.
 */
export function naiveConvTranspose2d(
  input: Float64Array,
  inputShape: readonly [number, number, number, number],
  weight: Float64Array,
  weightShape: readonly [number, number, number, number],
  bias: Float64Array | null,
  p: NaiveParams,
): { data: Float64Array; shape: [number, number, number, number] } {
  const [N, cIn, H, W] = inputShape;
  const [, cOutG, kH, kW] = weightShape;
  const cOut = cOutG * p.groups;
  const cInG = cIn / p.groups;
  const Ho = (H - 1) * p.stride[0] - 2 * p.padding[0] + p.dilation[0] * (kH - 1) + p.outputPadding[0] + 1;
  const Wo = (W - 1) * p.stride[1] - 2 * p.padding[1] + p.dilation[1] * (kW - 1) + p.outputPadding[1] + 1;
  const out = new Float64Array(N * cOut * Ho * Wo);
  for (let n = 0; n < N; n++) {
    for (let co = 0; co < cOut; co++) {
      for (let i = 0; i < Ho * Wo; i++) out[(n * cOut + co) * Ho * Wo + i] = bias ? bias[co] : 0;
    }
    for (let ci = 0; ci < cIn; ci++) {
      const group = Math.floor(ci / cInG);
      for (let iy = 0; iy < H; iy++) {
        for (let ix = 0; ix < W; ix++) {
          const v = input[((n * cIn + ci) * H + iy) * W + ix];
          for (let cl = 0; cl < cOutG; cl++) {
            const co = group * cOutG + cl;
            for (let ky = 0; ky < kH; ky++) {
              for (let kx = 0; kx < kW; kx++) {
                const oy = iy * p.stride[0] - p.padding[0] + ky * p.dilation[0];
                const ox = ix * p.stride[1] - p.padding[1] + kx * p.dilation[1];
                if (oy >= 0 && oy < Ho && ox >= 0 && ox < Wo) {
                  out[((n * cOut + co) * Ho + oy) * Wo + ox] += v * weight[((ci * cOutG + cl) * kH + ky) * kW + kx];
                }
              }
            }
          }
        }
      }
    }
  }
  return { data: out, shape: [N, cOut, Ho, Wo] };
}

import type { Tensor } from "./tensor";
import { resolveConvTranspose2d, type ConvGeometry, type ConvOptions } from "./shape";
import { tapRange } from "./tapRange";

/**
 * torch.nn.functional.conv_transpose2d in float64: every input value scatters a weighted copy of
 * the kernel into the output, x[n, co, iy·s − p + ky·d, ix·s − p + kx·d] += y[n, ci, iy, ix] · w[ci, co mod (Cout/g), ky, kx],
 * then output_padding extends the bottom/right edge. Weight is [Cin, Cout/groups, kH, kW]. This is
 * the adjoint of conv2d with the same weight (Dumoulin & Visin §4; PyTorch ConvTranspose2d docs).
 * Throws a RangeError naming the field and rule when an argument is invalid.
 */
export function convTranspose2d(
  input: Tensor,
  weight: Tensor,
  bias?: Float64Array | null,
  options: ConvOptions = {},
): Tensor {
  const g = resolveConvTranspose2d(input, weight, bias, options);
  const data = convTranspose2dRaw(g, input.data, weight.data, bias ?? null);
  return { shape: g.batched ? [g.batch, g.xC, g.xH, g.xW] : [g.xC, g.xH, g.xW], data };
}

/**
 * conv_transpose2d on validated geometry and raw arrays. The loop runs input row by kernel row, so
 * one output row (a few KB) stays in cache while every kernel column scatters into it; the inner
 * loop is a bounds-check-free strided multiply-add whose valid range is computed per kernel column.
 * Cost: Cin·(Cout/g)·H·W·kH·kW multiply-adds minus those cropped by padding; no zero is multiplied.
 */
export function convTranspose2dRaw(
  g: ConvGeometry,
  y: Float64Array,
  w: Float64Array,
  bias: Float64Array | null,
): Float64Array {
  const { xC, xH, xW, yC, yH, yW, kH, kW, sH, sW, pH, pW, dH, dW, groups } = g;
  const x = new Float64Array(g.batch * xC * xH * xW);
  const xPlane = xH * xW;
  const yPlane = yH * yW;
  const cInG = yC / groups;
  const cOutG = xC / groups;
  const kArea = kH * kW;
  const colLo = new Int32Array(kW);
  const colHi = new Int32Array(kW);
  for (let kx = 0; kx < kW; kx++) {
    const r = tapRange(kx * dW - pW, sW, xW, yW);
    colLo[kx] = r[0];
    colHi[kx] = r[1];
  }
  for (let n = 0; n < g.batch; n++) {
    if (bias) {
      for (let co = 0; co < xC; co++) {
        const base = (n * xC + co) * xPlane;
        x.fill(bias[co], base, base + xPlane);
      }
    }
    for (let ci = 0; ci < yC; ci++) {
      const group = Math.floor(ci / cInG);
      const yBase = (n * yC + ci) * yPlane;
      for (let cl = 0; cl < cOutG; cl++) {
        const xBase = (n * xC + group * cOutG + cl) * xPlane;
        const wBase = (ci * cOutG + cl) * kArea;
        for (let iy = 0; iy < yH; iy++) {
          const yRow = yBase + iy * yW;
          for (let ky = 0; ky < kH; ky++) {
            const oy = iy * sH - pH + ky * dH;
            if (oy < 0 || oy >= xH) continue;
            const xRow = xBase + oy * xW;
            for (let kx = 0; kx < kW; kx++) {
              const wv = w[wBase + ky * kW + kx];
              const lo = colLo[kx];
              const hi = colHi[kx];
              let xi = xRow + lo * sW - pW + kx * dW;
              for (let ix = lo; ix < hi; ix++, xi += sW) x[xi] += wv * y[yRow + ix];
            }
          }
        }
      }
    }
  }
  return x;
}

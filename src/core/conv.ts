import type { Tensor } from "./tensor";
import { resolveConv2d, type ConvGeometry, type ConvOptions } from "./shape";
import { tapRange } from "./tapRange";

/**
 * torch.nn.functional.conv2d in float64 (a cross-correlation, as in every deep-learning library):
 * y[n, co, oy, ox] = b[co] + Σ_{ci ∈ group(co)} Σ_{ky,kx} x[n, ci, oy·s − p + ky·d, ox·s − p + kx·d] · w[co, ci mod (C/g), ky, kx].
 * Weight is [Cout, Cin/groups, kH, kW]; input is [N, C, H, W] or unbatched [C, H, W].
 * Throws a RangeError naming the field and rule when an argument is invalid.
 */
export function conv2d(input: Tensor, weight: Tensor, bias?: Float64Array | null, options: ConvOptions = {}): Tensor {
  const g = resolveConv2d(input, weight, bias, options);
  const data = conv2dRaw(g, input.data, weight.data, bias ?? null);
  return { shape: g.batched ? [g.batch, g.yC, g.yH, g.yW] : [g.yC, g.yH, g.yW], data };
}

/**
 * conv2d on validated geometry and raw row-major arrays. Loops run tap by tap with precomputed
 * valid ranges, so the innermost loop is a bounds-check-free strided multiply-add over one row.
 */
export function conv2dRaw(g: ConvGeometry, x: Float64Array, w: Float64Array, bias: Float64Array | null): Float64Array {
  const { xC, xH, xW, yC, yH, yW, kH, kW, sH, sW, pH, pW, dH, dW, groups } = g;
  const y = new Float64Array(g.batch * yC * yH * yW);
  const xPlane = xH * xW;
  const yPlane = yH * yW;
  const cInG = xC / groups;
  const cOutG = yC / groups;
  const colLo = new Int32Array(kW);
  const colHi = new Int32Array(kW);
  for (let kx = 0; kx < kW; kx++) {
    const r = tapRange(kx * dW - pW, sW, xW, yW);
    colLo[kx] = r[0];
    colHi[kx] = r[1];
  }
  for (let n = 0; n < g.batch; n++) {
    for (let co = 0; co < yC; co++) {
      const yBase = (n * yC + co) * yPlane;
      if (bias) y.fill(bias[co], yBase, yBase + yPlane);
      const group = Math.floor(co / cOutG);
      for (let cl = 0; cl < cInG; cl++) {
        const xBase = (n * xC + group * cInG + cl) * xPlane;
        const wBase = (co * cInG + cl) * kH * kW;
        for (let ky = 0; ky < kH; ky++) {
          const [oyLo, oyHi] = tapRange(ky * dH - pH, sH, xH, yH);
          for (let oy = oyLo; oy < oyHi; oy++) {
            const xRow = xBase + (oy * sH - pH + ky * dH) * xW;
            const yRow = yBase + oy * yW;
            for (let kx = 0; kx < kW; kx++) {
              const wv = w[wBase + ky * kW + kx];
              const lo = colLo[kx];
              const hi = colHi[kx];
              let xi = xRow + lo * sW - pW + kx * dW;
              for (let ox = lo; ox < hi; ox++, xi += sW) y[yRow + ox] += wv * x[xi];
            }
          }
        }
      }
    }
  }
  return y;
}

import type { Tensor } from "./tensor";
import { resolveConvTranspose2d, type ConvGeometry, type ConvOptions } from "./shape";

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
 * conv_transpose2d on validated geometry and raw arrays, computed as a polyphase gather: output
 * column ox = r + j·sW of phase r is reached only by the kernel columns kx with
 * (r + pW − kx·dW) ≡ 0 (mod sW), from input column ix = (r + pW − kx·dW)/sW + j, and likewise for
 * rows, so each (output row, column phase) pair has a fixed list of taps and every output cell is
 * read and written once per four taps instead of once per tap, with no multiplication by a zero
 * and no bounds check in the inner loop (only the few edge columns where some tap falls outside the
 * input take the checked path). Every cell sums bias first, then its products in input order
 * (channel, row, column ascending): the scatter trace's order, so the two agree bit for bit.
 * Cost: Cin·(Cout/g)·H·W·kH·kW multiply-adds minus those cropped by padding.
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
  const rows = rowTaps(xH, yH, kH, sH, pH, dH);
  const cols = columnPhases(xW, yW, kW, sW, pW, dW);
  const maxTaps = cInG * kArea;
  const tapOff = new Int32Array(maxTaps);
  const tapIx = new Int32Array(maxTaps);
  const tapW = new Float64Array(maxTaps);
  for (let n = 0; n < g.batch; n++) {
    for (let co = 0; co < xC; co++) {
      const group = (co / cOutG) | 0;
      const cl = co - group * cOutG;
      const xBase = (n * xC + co) * xPlane;
      if (bias) x.fill(bias[co], xBase, xBase + xPlane);
      for (let oy = 0; oy < xH; oy++) {
        const rs = rows.ptr[oy];
        const re = rows.ptr[oy + 1];
        if (rs === re) continue;
        const xRow = xBase + oy * xW;
        for (let r = 0; r < cols.phases; r++) {
          const cs = cols.ptr[r];
          const ce = cols.ptr[r + 1];
          if (cs === ce) continue;
          let taps = 0;
          for (let cil = 0; cil < cInG; cil++) {
            const ci = group * cInG + cil;
            const yBase = (n * yC + ci) * yPlane;
            const wBase = (ci * cOutG + cl) * kArea;
            for (let rr = rs; rr < re; rr++) {
              const yRow = yBase + rows.iy[rr] * yW;
              const wRow = wBase + rows.ky[rr] * kW;
              for (let cc = cs; cc < ce; cc++) {
                tapOff[taps] = yRow + cols.ix0[cc];
                tapIx[taps] = cols.ix0[cc];
                tapW[taps] = w[wRow + cols.kx[cc]];
                taps++;
              }
            }
          }
          const nj = cols.count[r];
          const jA = cols.interiorLo[r];
          const jB = cols.interiorHi[r];
          const xo = xRow + r;
          for (let j = 0; j < jA; j++) accumulateChecked(x, y, tapOff, tapIx, tapW, taps, xo + j * sW, j, yW);
          accumulateInterior(x, y, tapOff, tapW, taps, xo + jA * sW, sW, jA, jB);
          for (let j = jB; j < nj; j++) accumulateChecked(x, y, tapOff, tapIx, tapW, taps, xo + j * sW, j, yW);
        }
      }
    }
  }
  return x;
}

/**
 * For each output row oy, the kernel rows that reach it: ky with oy + p − ky·d = iy·s for some
 * 0 ≤ iy < yH, listed by ascending iy (descending ky) in ky[ptr[oy] .. ptr[oy+1]) and iy[…].
 */
function rowTaps(
  xH: number,
  yH: number,
  kH: number,
  s: number,
  p: number,
  d: number,
): { ptr: Int32Array; ky: Int32Array; iy: Int32Array } {
  const ptr = new Int32Array(xH + 1);
  const ky = new Int32Array(xH * kH);
  const iy = new Int32Array(xH * kH);
  let n = 0;
  for (let oy = 0; oy < xH; oy++) {
    ptr[oy] = n;
    for (let k = kH - 1; k >= 0; k--) {
      const t = oy + p - k * d;
      if (t < 0 || t % s !== 0 || t / s >= yH) continue;
      ky[n] = k;
      iy[n] = t / s;
      n++;
    }
  }
  ptr[xH] = n;
  return { ptr, ky, iy };
}

/**
 * Output columns split into phases r = ox mod s (ox = r + j·s, 0 ≤ j < count[r]). Phase r is
 * reached by the kernel columns kx[ptr[r] .. ptr[r+1]), by ascending input column
 * ix = ix0 + j; taps that never land inside the input are dropped. [interiorLo, interiorHi) is the
 * range of j where every tap of the phase lands inside, so no bounds check is needed there.
 */
function columnPhases(
  xW: number,
  yW: number,
  kW: number,
  s: number,
  p: number,
  d: number,
): {
  phases: number;
  ptr: Int32Array;
  kx: Int32Array;
  ix0: Int32Array;
  count: Int32Array;
  interiorLo: Int32Array;
  interiorHi: Int32Array;
} {
  const phases = Math.min(s, xW);
  const ptr = new Int32Array(phases + 1);
  const kx = new Int32Array(phases * kW);
  const ix0 = new Int32Array(phases * kW);
  const count = new Int32Array(phases);
  const interiorLo = new Int32Array(phases);
  const interiorHi = new Int32Array(phases);
  let n = 0;
  for (let r = 0; r < phases; r++) {
    ptr[r] = n;
    const nj = Math.floor((xW - 1 - r) / s) + 1;
    let lo = 0;
    let hi = nj;
    for (let k = kW - 1; k >= 0; k--) {
      const t = r + p - k * d;
      if (t % s !== 0) continue;
      const i0 = t / s;
      const jLo = Math.max(0, -i0);
      const jHi = Math.min(nj, yW - i0);
      if (jLo >= jHi) continue;
      kx[n] = k;
      ix0[n] = i0;
      n++;
      lo = Math.max(lo, jLo);
      hi = Math.min(hi, jHi);
    }
    count[r] = nj;
    if (lo >= hi) lo = hi = nj;
    interiorLo[r] = lo;
    interiorHi[r] = hi;
  }
  ptr[phases] = n;
  return { phases, ptr, kx, ix0, count, interiorLo, interiorHi };
}

/**
 * x[xo + (j − jA)·s] += Σ_t tapW[t] · y[tapOff[t] + j] for jA ≤ j < jB, taps in order, four per
 * pass (left-associated, so the sum is the same as adding one tap at a time). No bounds checks:
 * the caller guarantees every tap lands inside for these j.
 */
function accumulateInterior(
  x: Float64Array,
  y: Float64Array,
  tapOff: Int32Array,
  tapW: Float64Array,
  taps: number,
  xo0: number,
  s: number,
  jA: number,
  jB: number,
): void {
  let t = 0;
  for (; t + 4 <= taps; t += 4) {
    const w0 = tapW[t];
    const w1 = tapW[t + 1];
    const w2 = tapW[t + 2];
    const w3 = tapW[t + 3];
    const o0 = tapOff[t];
    const o1 = tapOff[t + 1];
    const o2 = tapOff[t + 2];
    const o3 = tapOff[t + 3];
    for (let j = jA, xo = xo0; j < jB; j++, xo += s) {
      x[xo] = x[xo] + w0 * y[o0 + j] + w1 * y[o1 + j] + w2 * y[o2 + j] + w3 * y[o3 + j];
    }
  }
  const left = taps - t;
  if (left === 3) {
    const w0 = tapW[t];
    const w1 = tapW[t + 1];
    const w2 = tapW[t + 2];
    const o0 = tapOff[t];
    const o1 = tapOff[t + 1];
    const o2 = tapOff[t + 2];
    for (let j = jA, xo = xo0; j < jB; j++, xo += s) x[xo] = x[xo] + w0 * y[o0 + j] + w1 * y[o1 + j] + w2 * y[o2 + j];
  } else if (left === 2) {
    const w0 = tapW[t];
    const w1 = tapW[t + 1];
    const o0 = tapOff[t];
    const o1 = tapOff[t + 1];
    for (let j = jA, xo = xo0; j < jB; j++, xo += s) x[xo] = x[xo] + w0 * y[o0 + j] + w1 * y[o1 + j];
  } else if (left === 1) {
    const w0 = tapW[t];
    const o0 = tapOff[t];
    for (let j = jA, xo = xo0; j < jB; j++, xo += s) x[xo] += w0 * y[o0 + j];
  }
}

/** One output cell at phase index j near the edge: adds, in order, the taps whose column lands inside. */
function accumulateChecked(
  x: Float64Array,
  y: Float64Array,
  tapOff: Int32Array,
  tapIx: Int32Array,
  tapW: Float64Array,
  taps: number,
  xo: number,
  j: number,
  yW: number,
): void {
  let acc = x[xo];
  for (let t = 0; t < taps; t++) {
    const ix = tapIx[t] + j;
    if (ix >= 0 && ix < yW) acc += tapW[t] * y[tapOff[t] + j];
  }
  x[xo] = acc;
}

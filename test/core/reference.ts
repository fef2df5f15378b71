/**
 * Definition-level references, written straight from the PyTorch docs' formulas with one
 * multiply-add per iteration and explicit bounds checks. They share no code with src/core, so
 * agreement between the two is evidence, not tautology.
 */
export interface RefParams {
  N: number;
  xC: number;
  xH: number;
  xW: number;
  yC: number;
  yH: number;
  yW: number;
  kH: number;
  kW: number;
  groups: number;
  s: [number, number];
  p: [number, number];
  d: [number, number];
}

/** y[n,co,oy,ox] = b[co] + Σ x[n, g·cinG + ci, oy·s−p+ky·d, ox·s−p+kx·d] · w[co, ci, ky, kx] */
export function refConv2d(r: RefParams, x: Float64Array, w: Float64Array, b: Float64Array | null): Float64Array {
  const y = new Float64Array(r.N * r.yC * r.yH * r.yW);
  const cinG = r.xC / r.groups;
  const coutG = r.yC / r.groups;
  for (let n = 0; n < r.N; n++)
    for (let co = 0; co < r.yC; co++)
      for (let oy = 0; oy < r.yH; oy++)
        for (let ox = 0; ox < r.yW; ox++) {
          let acc = b ? b[co] : 0;
          const grp = Math.floor(co / coutG);
          for (let ci = 0; ci < cinG; ci++)
            for (let ky = 0; ky < r.kH; ky++)
              for (let kx = 0; kx < r.kW; kx++) {
                const iy = oy * r.s[0] - r.p[0] + ky * r.d[0];
                const ix = ox * r.s[1] - r.p[1] + kx * r.d[1];
                if (iy < 0 || iy >= r.xH || ix < 0 || ix >= r.xW) continue;
                const xv = x[((n * r.xC + grp * cinG + ci) * r.xH + iy) * r.xW + ix];
                acc += xv * w[((co * cinG + ci) * r.kH + ky) * r.kW + kx];
              }
          y[((n * r.yC + co) * r.yH + oy) * r.yW + ox] = acc;
        }
  return y;
}

/** x[n, g·coutG + co, iy·s−p+ky·d, ix·s−p+kx·d] += y[n,ci,iy,ix] · w[ci, co, ky, kx], then + b */
export function refConvTranspose2d(
  r: RefParams,
  y: Float64Array,
  w: Float64Array,
  b: Float64Array | null,
): Float64Array {
  const x = new Float64Array(r.N * r.xC * r.xH * r.xW);
  const cinG = r.yC / r.groups;
  const coutG = r.xC / r.groups;
  for (let n = 0; n < r.N; n++)
    for (let ci = 0; ci < r.yC; ci++)
      for (let iy = 0; iy < r.yH; iy++)
        for (let ix = 0; ix < r.yW; ix++) {
          const grp = Math.floor(ci / cinG);
          for (let co = 0; co < coutG; co++)
            for (let ky = 0; ky < r.kH; ky++)
              for (let kx = 0; kx < r.kW; kx++) {
                const oy = iy * r.s[0] - r.p[0] + ky * r.d[0];
                const ox = ix * r.s[1] - r.p[1] + kx * r.d[1];
                if (oy < 0 || oy >= r.xH || ox < 0 || ox >= r.xW) continue;
                x[((n * r.xC + grp * coutG + co) * r.xH + oy) * r.xW + ox] +=
                  y[((n * r.yC + ci) * r.yH + iy) * r.yW + ix] * w[((ci * coutG + co) * r.kH + ky) * r.kW + kx];
              }
        }
  if (b)
    for (let n = 0; n < r.N; n++)
      for (let c = 0; c < r.xC; c++)
        for (let i = 0; i < r.xH * r.xW; i++) x[(n * r.xC + c) * r.xH * r.xW + i] += b[c];
  return x;
}

export function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** max |a−b| relative to the larger magnitude (float64 agreement up to summation order). */
export function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const scale = Math.max(1, Math.abs(a[i]), Math.abs(b[i]));
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / scale);
  }
  return worst;
}

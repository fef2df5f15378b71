import type { ConvGeometry } from "../shape";
import { windowTrace, type WindowTrace } from "./window";

/** What a cell of the upsampled grid holds. */
export const UP_VALUE = 0;
export const UP_INSERTED_ZERO = 1;
export const UP_BORDER = 2;

/**
 * conv_transpose2d emulated by a plain convolution (Dumoulin & Visin §4.5–4.6): insert s−1 zeros
 * between input values, pad each side's border by d(k−1) minus that side's padding (plus
 * output_padding on the bottom/right; a negative border crops), then run a stride-1 convolution with dilation d and the kernel rotated
 * 180° (with its channel axes swapped). Most multiplications hit an inserted zero: the cost of
 * the emulation, counted here.
 */
export interface ZeroInsertionTrace {
  kind: "zeroInsertion";
  /** [C, H, W] of the upsampled, padded input. */
  upShape: [number, number, number];
  up: Float64Array;
  /** UP_VALUE, UP_INSERTED_ZERO or UP_BORDER for each upsampled cell. */
  upKind: Uint8Array;
  /** Flat index of the original input cell behind each UP_VALUE cell, −1 elsewhere. */
  upSource: Int32Array;
  /** Border added on each side: d(k−1) − that side's p, plus output_padding at the bottom/right; negative crops. */
  border: { top: number; left: number; bottom: number; right: number };
  /** The rotated kernel [xC, yC/groups, kH, kW] and, per entry, the original weight's flat index. */
  rotatedShape: [number, number, number, number];
  rotatedWeight: Float64Array;
  rotatedFrom: Int32Array;
  /** The stride-1 convolution over `up`; its output equals conv_transpose2d's. */
  window: WindowTrace;
  /** Multiplications by an original input value, by an inserted zero, and by border padding. */
  useful: number;
  insertedZero: number;
  borderZero: number;
}

/** Taps the zero-insertion trace holds: the budget the worker checks before building one. */
export function zeroInsertionTraceEntries(g: ConvGeometry): number {
  return g.xC * g.xH * g.xW * (g.yC / g.groups) * g.kH * g.kW;
}

/** Builds the zero-insertion trace of conv_transpose2d for one batch item. */
export function zeroInsertionTrace(
  g: ConvGeometry,
  y: Float64Array,
  weight: Float64Array,
  bias: Float64Array | null,
): ZeroInsertionTrace {
  const { xC, yC, yH, yW, kH, kW, sH, sW, groups } = g;
  const top = g.dH * (kH - 1) - g.pH;
  const left = g.dW * (kW - 1) - g.pW;
  const bottom = g.dH * (kH - 1) - g.pB + g.opH;
  const right = g.dW * (kW - 1) - g.pR + g.opW;
  const uH = (yH - 1) * sH + 1;
  const uW = (yW - 1) * sW + 1;
  const zH = uH + top + bottom;
  const zW = uW + left + right;
  const plane = zH * zW;
  const up = new Float64Array(yC * plane);
  const upKind = new Uint8Array(yC * plane);
  const upSource = new Int32Array(yC * plane).fill(-1);
  for (let c = 0; c < yC; c++) {
    for (let zr = 0; zr < zH; zr++) {
      const u = zr - top;
      const rowKind = u < 0 || u >= uH ? UP_BORDER : u % sH !== 0 ? UP_INSERTED_ZERO : UP_VALUE;
      for (let zc = 0; zc < zW; zc++) {
        const v = zc - left;
        const colKind = v < 0 || v >= uW ? UP_BORDER : v % sW !== 0 ? UP_INSERTED_ZERO : UP_VALUE;
        const z = c * plane + zr * zW + zc;
        const kind = Math.max(rowKind, colKind);
        upKind[z] = kind;
        if (kind === UP_VALUE) {
          const src = (c * yH + u / sH) * yW + v / sW;
          upSource[z] = src;
          up[z] = y[src];
        }
      }
    }
  }
  const cInG = yC / groups;
  const cOutG = xC / groups;
  const kArea = kH * kW;
  const rotatedWeight = new Float64Array(xC * cInG * kArea);
  const rotatedFrom = new Int32Array(rotatedWeight.length);
  for (let cx = 0; cx < xC; cx++) {
    const group = Math.floor(cx / cOutG);
    const cxl = cx - group * cOutG;
    for (let cyl = 0; cyl < cInG; cyl++) {
      const cy = group * cInG + cyl;
      for (let ky = 0; ky < kH; ky++) {
        for (let kx = 0; kx < kW; kx++) {
          const r = ((cx * cInG + cyl) * kH + ky) * kW + kx;
          const o = ((cy * cOutG + cxl) * kH + (kH - 1 - ky)) * kW + (kW - 1 - kx);
          rotatedWeight[r] = weight[o];
          rotatedFrom[r] = o;
        }
      }
    }
  }
  const convGeometry: ConvGeometry = {
    batch: 1,
    batched: false,
    xC: yC,
    xH: zH,
    xW: zW,
    yC: xC,
    yH: g.xH,
    yW: g.xW,
    kH,
    kW,
    groups,
    sH: 1,
    sW: 1,
    pH: 0,
    pW: 0,
    pB: 0,
    pR: 0,
    dH: g.dH,
    dW: g.dW,
    opH: 0,
    opW: 0,
  };
  const window = windowTrace(convGeometry, up, rotatedWeight, bias);
  let useful = 0;
  let insertedZero = 0;
  let borderZero = 0;
  for (let t = 0; t < window.tapInput.length; t++) {
    const kind = upKind[window.tapInput[t]];
    if (kind === UP_VALUE) useful++;
    else if (kind === UP_INSERTED_ZERO) insertedZero++;
    else borderZero++;
  }
  return {
    kind: "zeroInsertion",
    upShape: [yC, zH, zW],
    up,
    upKind,
    upSource,
    border: { top, left, bottom, right },
    rotatedShape: [xC, cInG, kH, kW],
    rotatedWeight,
    rotatedFrom,
    window,
    useful,
    insertedZero,
    borderZero,
  };
}

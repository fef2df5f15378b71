import type { Exploration } from "../../core";
import { sidesOf } from "../../model/sides";

/**
 * The shapes a view draws, in this mode's own terms: the input it reads, the output it writes,
 * and the weight tensor [a, b, kH, kW] (PyTorch's conv2d [C_out, C_in/groups] or
 * conv_transpose2d [C_in, C_out/groups]). A "plane" is one channel of a map or one kH×kW kernel.
 */
export interface Layout {
  mode: Exploration["mode"];
  inC: number;
  inH: number;
  inW: number;
  outC: number;
  outH: number;
  outW: number;
  kH: number;
  kW: number;
  groups: number;
  /** Channels per group on each side. */
  inPerGroup: number;
  outPerGroup: number;
  /** Kernel planes of the weight tensor (a·b). */
  kernelPlanes: number;
}

export function layoutOf(e: Exploration): Layout {
  const g = e.geometry;
  const conv = e.mode === "conv";
  const sides = sidesOf(e.mode, g);
  const [inC, inH, inW] = sides.input;
  const [outC, outH, outW] = sides.output;
  const inPerGroup = inC / g.groups;
  const outPerGroup = outC / g.groups;
  return {
    mode: e.mode,
    inC,
    inH,
    inW,
    outC,
    outH,
    outW,
    kH: g.kH,
    kW: g.kW,
    groups: g.groups,
    inPerGroup,
    outPerGroup,
    kernelPlanes: conv ? outC * inPerGroup : inC * outPerGroup,
  };
}

/** Whether input channel ci and output channel co belong to the same group (are connected). */
export function connected(l: Layout, ci: number, co: number): boolean {
  return Math.floor(ci / l.inPerGroup) === Math.floor(co / l.outPerGroup);
}

/**
 * The kernel plane that links input channel ci to output channel co, or −1 when they are in
 * different groups: conv2d's weight[co, ci mod (C_in/g)], conv_transpose2d's weight[ci, co mod (C_out/g)].
 */
export function kernelPlane(l: Layout, ci: number, co: number): number {
  if (!connected(l, ci, co)) return -1;
  return l.mode === "conv" ? co * l.inPerGroup + (ci % l.inPerGroup) : ci * l.outPerGroup + (co % l.outPerGroup);
}

/** The [a, b] index of a kernel plane in the weight's [a, b, kH, kW] layout. */
export function planePair(l: Layout, plane: number): [number, number] {
  const b = l.mode === "conv" ? l.inPerGroup : l.outPerGroup;
  return [Math.floor(plane / b), plane % b];
}

/** The input and output channels a kernel plane links (the inverse of kernelPlane). */
export function planeChannels(l: Layout, plane: number): { input: number; output: number } {
  if (l.mode === "conv") {
    const output = Math.floor(plane / l.inPerGroup);
    return { output, input: Math.floor(output / l.outPerGroup) * l.inPerGroup + (plane % l.inPerGroup) };
  }
  const input = Math.floor(plane / l.outPerGroup);
  return { input, output: Math.floor(input / l.inPerGroup) * l.outPerGroup + (plane % l.outPerGroup) };
}

/**
 * The plane of the zero-insertion view's rotated kernel [C_out, C_in/g, kH, kW] linking input
 * channel ci to output channel co (transposed mode), or −1 when they are not connected.
 */
export function rotatedPlane(l: Layout, ci: number, co: number): number {
  return connected(l, ci, co) ? co * l.inPerGroup + (ci % l.inPerGroup) : -1;
}

/**
 * A weight's index in the stored (editable) kernel when the explored one is its 180° flip (true
 * convolution): the flip is its own inverse, so the same map goes both ways.
 */
export function flippedIndex(l: Layout, k: number): number {
  const area = l.kH * l.kW;
  const within = k % area;
  const r = Math.floor(within / l.kW);
  const c = within % l.kW;
  return k - within + (l.kH - 1 - r) * l.kW + (l.kW - 1 - c);
}

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { explore, fromNested } from "../../../src/core";
import { connected, flippedIndex, kernelPlane, layoutOf, planeChannels, planePair, rotatedPlane } from "../../../src/views/frames/layout";
import { markPlane, planesTouched, MARK_WRITTEN } from "../../../src/views/frames/marks";

function grouped(mode: "conv" | "transposed", inC: number, outC: number, groups: number) {
  const wShape = mode === "conv" ? [outC, inC / groups, 2, 2] : [inC, outC / groups, 2, 2];
  const size = wShape.reduce((a, b) => a * b, 1);
  return explore({
    mode,
    input: { shape: [inC, 3, 3], data: new Float64Array(inC * 9).fill(1) },
    weight: { shape: wShape, data: Float64Array.from({ length: size }, (_, i) => i) },
    bias: null,
    stride: [1, 1],
    padding: [0, 0],
    dilation: [1, 1],
    outputPadding: [0, 0],
    groups,
  });
}

describe("channels, groups and kernel planes", () => {
  test("every kernel plane links exactly the channel pair kernelPlane maps back to it, in both layouts", () => {
    fc.assert(
      fc.property(fc.constantFrom("conv" as const, "transposed" as const), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 }), (mode, a, b, groups) => {
        const l = layoutOf(grouped(mode, a * groups, b * groups, groups));
        for (let p = 0; p < l.kernelPlanes; p++) {
          const { input, output } = planeChannels(l, p);
          expect(connected(l, input, output)).toBe(true);
          expect(kernelPlane(l, input, output)).toBe(p);
        }
        let links = 0;
        for (let i = 0; i < l.inC; i++) for (let o = 0; o < l.outC; o++) if (kernelPlane(l, i, o) >= 0) links++;
        expect(links).toBe(l.kernelPlanes);
      }),
    );
  });

  test("the matrix entries of input channel 1 → output channel 0 carry weights of that pair's plane (conv, 2→2, groups 1)", () => {
    const e = grouped("conv", 2, 2, 1);
    const l = layoutOf(e);
    const plane = kernelPlane(l, 1, 0);
    expect(planePair(l, plane)).toEqual([0, 1]); // weight[o=0, i=1]
    const m = e.matrix;
    for (let r = 0; r < l.outH * l.outW; r++) {
      for (let k = m.rowPtr[r]; k < m.rowPtr[r + 1]; k++) {
        if (m.colIdx[k] >= 9) expect(Math.floor(m.kernelIdx[k] / 4)).toBe(plane);
      }
    }
  });

  test("depthwise (groups = channels) links each channel only to itself", () => {
    const l = layoutOf(grouped("transposed", 3, 3, 3));
    expect([kernelPlane(l, 1, 1), kernelPlane(l, 1, 0), rotatedPlane(l, 2, 2), rotatedPlane(l, 2, 1)]).toEqual([1, -1, 2, -1]);
  });

  test("the 180° flip maps a weight to its rotated position within its plane, and back", () => {
    const l = layoutOf(
      explore({
        mode: "conv",
        input: { shape: [1, 3, 3], data: new Float64Array(9) },
        weight: fromNested([[[[1, 2, 3], [4, 5, 6]]], [[[1, 2, 3], [4, 5, 6]]]]), // two 2×3 kernels
        bias: null,
        stride: [1, 1],
        padding: [0, 0],
        dilation: [1, 1],
        outputPadding: [0, 0],
        groups: 1,
      }),
    );
    expect([flippedIndex(l, 0), flippedIndex(l, 5), flippedIndex(l, 7)]).toEqual([5, 0, 10]);
    for (let k = 0; k < 12; k++) expect(flippedIndex(l, flippedIndex(l, k))).toBe(k);
  });
});

describe("plane marks", () => {
  test("only indices inside the plane are marked, mapped first when asked", () => {
    expect(Array.from(markPlane(4, 4, [3, 4, 7, 8]))).toEqual([1, 0, 0, 1]);
    expect(Array.from(markPlane(4, 0, [0, 1], MARK_WRITTEN, (i) => 3 - i))).toEqual([0, 0, 2, 2]);
    expect(planesTouched([0, 5, 9, 3], 4)).toEqual([0, 1, 2]);
  });
});

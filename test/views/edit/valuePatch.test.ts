import { describe, expect, test } from "vitest";
import { fill } from "../../../src/core";
import { seedParams, weightShape } from "../../../src/params/explorerParams";
import { fillPlanes } from "../../../src/views/edit/fillPlanes";
import { cellIndex, pairOf, planesOf } from "../../../src/views/edit/planes";
import { replacePlanes, resizeAndWritePatch, writeBlock } from "../../../src/views/edit/valuePatch";

describe("editable planes", () => {
  test("the weight's planes are its [a, b] pairs, indexed (plane·kH + r)·kW + c", () => {
    const p = { ...seedParams(), mode: "transposed" as const, inC: 2, outC: 4, groups: 2, input: new Float64Array(32), weight: new Float64Array(2 * 2 * 9) };
    expect(weightShape(p)).toEqual([2, 2, 3, 3]);
    const planes = planesOf(p, "kernel");
    expect(planes).toEqual({ count: 4, rows: 3, cols: 3, b: 2 });
    expect(pairOf(planes, 3)).toEqual([1, 1]);
    expect(cellIndex(planes, 3, 1, 2)).toBe((3 * 3 + 1) * 3 + 2);
  });

  test("a block is written from (r0, c0), clipped to the plane, and only into the target planes", () => {
    const p = { ...seedParams(), inC: 2, input: new Float64Array(32) };
    const w = writeBlock(p, "input", [1], [[1, 2, 3], [4, 5, 6]], 3, 2);
    expect([w.rows, w.cols, w.clipped]).toEqual([1, 2, true]);
    expect(Array.from(w.values).filter((v) => v !== 0)).toEqual([1, 2]);
    expect(w.values[16 + 3 * 4 + 2]).toBe(1);
    expect(w.values[16 + 3 * 4 + 3]).toBe(2);
  });

  test("resizing to a pasted block keeps the other channels' surviving values", () => {
    const p = { ...seedParams(), inC: 2, input: Float64Array.from({ length: 32 }, (_, i) => i) };
    const patch = resizeAndWritePatch(p, "input", [0], [[9, 9, 9, 9, 9]]);
    expect([patch.inH, patch.inW]).toEqual([1, 5]);
    expect(Array.from(patch.input!)).toEqual([9, 9, 9, 9, 9, 16, 17, 18, 19, 0]);
  });

  test("random fills draw one stream across planes, so the first plane is what the seed alone gives", () => {
    const planes = fillPlanes("randomIntegers", 3, 2, 4, 99, [1, 1]);
    expect(planes[0]).toEqual(fill("randomIntegers", 2, 4, { seed: 99 }));
    expect(planes.flat()).toEqual(fill("randomIntegers", 6, 4, { seed: 99 }));
    const p = { ...seedParams(), inC: 3, inH: 2, inW: 4, input: new Float64Array(24) };
    expect(Array.from(replacePlanes(p, "input", [0, 1, 2], planes))).toEqual(planes.flat());
  });

  test("the bilinear kernel takes each axis's stride", () => {
    const [plane] = fillPlanes("bilinear", 1, 4, 2, 0, [2, 1]);
    // k=4, s=2 down the rows: ¼ ¾ ¾ ¼; k=2, s=1 across: ½ ½
    expect(plane).toEqual([0.25, 0.75, 0.75, 0.25].flatMap((a) => [0.5, 0.5].map((b) => a * b)));
    const [square] = fillPlanes("bilinear", 1, 4, 4, 0, [2, 2]);
    expect(square).toEqual(fill("bilinear", 4, 4, { stride: 2 }));
  });
});

import { describe, expect, test } from "vitest";
import { explore } from "../../../src/core";
import { indexesOf } from "../../../src/model/indexes";
import { rasterBody } from "../../../src/views/matrix/rasterBody";
import type { Scene, Theme } from "../../../src/views/matrix/scene";
import { pack, strongRamp, weightPalette } from "../../../src/views/matrix/entryColors";
import type { Extent, View } from "../../../src/views/matrix/viewport";
import { seedConv } from "../../worker/helpers";

const theme: Theme = {
  ink: "#0f172a",
  faint: "#5a6579",
  line: "#cbd5e1",
  read: "#b85c00",
  readBg: "#fde4b8",
  written: "#0072b2",
  writtenBg: "#cde5f5",
  linked: "#7e2f8e",
  outside: pack("#ffffff"),
  zero: pack("#f3f5f9"),
  gridLine: pack("#e4e8ef"),
  font: "sans-serif",
};

function sceneOf(weights: Float64Array): Scene {
  const p = seedConv();
  const e = explore({ ...p, weight: { ...p.weight, data: weights } });
  const ramp = strongRamp(weights);
  return {
    m: e.matrix,
    entryRow: indexesOf(e).entryRow,
    palette: weightPalette(weights, ramp),
    input: p.input.data,
    inPacked: ramp.packed,
    output: e.output.data,
    outPacked: ramp.packed,
    active: [],
    linked: [],
    activeInputs: [],
    activeOutputs: [],
    linkedInputs: new Set(),
    linkedOutputs: new Set(),
    bandRow: -1,
    bandCol: -1,
    focusRow: -1,
    focusCol: -1,
    pointed: null,
    label: () => "",
  };
}

describe("the canvas raster", () => {
  test("one pixel per cell: stored entries take their weight's colour, structural zeros the zero colour", () => {
    const s = sceneOf(new Float64Array(9).fill(1));
    const e: Extent = { rows: 4, cols: 16, width: 16, height: 4 };
    const v: View = { k: 1, tx: 0, ty: 0 };
    const buf = new Uint32Array(16 * 4);
    rasterBody(buf, 16, 4, s, v, e, 1, theme);
    const stored = [...buf].filter((p) => p === s.palette[0]).length;
    const zeros = [...buf].filter((p) => p === theme.zero).length;
    expect([stored, zeros]).toEqual([36, 28]);
    // Row 0 is the top-left window: columns 0 1 2, 4 5 6, 8 9 10.
    const row0 = [...buf.slice(0, 16)].map((p) => (p === theme.zero ? 0 : 1)).join("");
    expect(row0).toBe("1110111011100000");
  });

  test("a weight of value 0 stays visible: its colour differs from the structural zeros' and from white", () => {
    const w = Float64Array.from([0, 1, 2, -1, 0, 3, 1, 1, 1]);
    const ramp = strongRamp(w);
    for (const v of [0, -1, 3]) {
      expect(ramp.packed(v)).not.toBe(theme.zero);
      expect(ramp.packed(v)).not.toBe(theme.outside);
    }
    expect(strongRamp(new Float64Array(9)).packed(0)).not.toBe(theme.zero);
  });

  test("zoomed out (4 rows on one pixel) every stored entry still paints a pixel, with nothing outside the matrix", () => {
    const s = sceneOf(new Float64Array(9).fill(1));
    const e: Extent = { rows: 4, cols: 16, width: 10, height: 10 };
    const v: View = { k: 0.25, tx: 0, ty: 0 };
    const buf = new Uint32Array(10 * 10);
    rasterBody(buf, 10, 10, s, v, e, 1, theme);
    expect(buf[0]).toBe(s.palette[0]);
    expect(buf[1 * 10 + 0]).toBe(theme.outside);
    expect(buf[5]).toBe(theme.outside);
  });

  test("at 2× device pixels a cell covers 2×2 pixels", () => {
    const s = sceneOf(new Float64Array(9).fill(1));
    const e: Extent = { rows: 4, cols: 16, width: 16, height: 4 };
    const buf = new Uint32Array(32 * 8);
    rasterBody(buf, 32, 8, s, { k: 1, tx: 0, ty: 0 }, e, 2, theme);
    expect([buf[0], buf[1], buf[32], buf[33]].every((p) => p === s.palette[0])).toBe(true);
    expect([buf[6], buf[7]].every((p) => p === theme.zero)).toBe(true);
  });
});

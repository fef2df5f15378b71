import { describe, expect, test } from "vitest";
import { coverage, explore } from "../../src/core";
import { catalogueOf, LANGS } from "../../src/i18n";
import { outputShape, problemOf, toExploreParams } from "../../src/params/explorerParams";
import { PRESET_IDS, PRESET_SECTIONS, presetById, presets, type PresetId } from "../../src/presets/presets";
import { decode, encode } from "../../src/url/codec";

const outputOf = (id: PresetId) => {
  const e = explore(toExploreParams(presetById(id).state.params));
  return { shape: e.output.shape, data: Array.from(e.output.data), e };
};

describe("the preset list", () => {
  test("every preset is valid: the core accepts its parameters (problemOf is null)", () => {
    for (const p of presets()) expect(problemOf(p.state.params), p.id).toBeNull();
  });

  test("every preset is a link: decode(encode(state)) gives the same state back, with nothing repaired", () => {
    for (const p of presets()) {
      const { state, fixes } = decode(encode(p.state));
      expect(fixes, p.id).toEqual([]);
      expect(state, p.id).toEqual(p.state);
    }
  });

  test("the list covers every case issue 4 names, each once, in every section", () => {
    const ids = presets().map((p) => p.id);
    expect(ids).toEqual([...PRESET_IDS]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "seed",
      "seedReverse",
      "noPadding",
      "arbitraryPadding",
      "halfPadding",
      "fullPadding",
      "strided",
      "paddedStrided",
      "odd",
      "dilated",
      "dcgan",
      "fcn",
      "unet",
      "checkerboard",
      "outputPadding0",
      "outputPadding1",
      "frameworksDisagree",
      "depthwise",
      "grouped",
    ]) {
      expect(ids).toContain(id);
    }
    for (const section of PRESET_SECTIONS) expect(presets().some((p) => p.section === section), section).toBe(true);
  });

  test("every title and explanation exists in both languages", () => {
    for (const p of presets()) {
      for (const lang of LANGS) {
        expect(catalogueOf(lang)[p.title], `${lang} ${p.title}`).toBeTruthy();
        expect(catalogueOf(lang)[p.explain], `${lang} ${p.explain}`).toBeTruthy();
      }
    }
  });

  test("values are small and readable: integers of at most 3 digits, except the bilinear kernel's sixteenths", () => {
    for (const p of presets()) {
      const { input, weight } = p.state.params;
      for (const v of input) expect(Number.isInteger(v) && Math.abs(v) < 1000, `${p.id} input ${v}`).toBe(true);
      for (const v of weight) {
        if (p.id === "fcn") expect(Number.isInteger(v * 16), `${p.id} weight ${v}`).toBe(true);
        else expect(Number.isInteger(v) && Math.abs(v) < 10, `${p.id} weight ${v}`).toBe(true);
      }
    }
  });

  test("the list is built afresh each time, so no caller can change another's preset", () => {
    const a = presets();
    a[0].state.params.input[0] = 99;
    expect(presets()[0].state.params.input[0]).toBe(1);
  });
});

describe("each preset teaches what its card says", () => {
  test("the seed gives [[18, 27], [18, 27]] and its reverse the tutorial's 4×4", () => {
    expect(presetById("seed").state.params.mode).toBe("conv");
    expect(outputOf("seed").data).toEqual([18, 27, 18, 27]);
    expect(outputOf("seedReverse").data).toEqual([18, 45, 45, 27, 36, 90, 90, 54, 36, 90, 90, 54, 18, 45, 45, 27]);
  });

  test("conv_arithmetic's cases: each transposed convolution maps the conv output size back to its input size", () => {
    // [id, conv input i, k, s, p, d, conv output o]: the transposed preset takes o back to i.
    const cases: [PresetId, number, number, number, number, number, number][] = [
      ["noPadding", 4, 3, 1, 0, 1, 2],
      ["arbitraryPadding", 5, 4, 1, 2, 1, 6],
      ["halfPadding", 5, 3, 1, 1, 1, 5],
      ["fullPadding", 5, 3, 1, 2, 1, 7],
      ["strided", 5, 3, 2, 0, 1, 2],
      ["paddedStrided", 5, 3, 2, 1, 1, 3],
      ["odd", 6, 3, 2, 1, 1, 3],
      ["dilated", 7, 3, 1, 0, 2, 3],
    ];
    for (const [id, i, k, s, p, d, o] of cases) {
      const q = presetById(id).state.params;
      expect(q.mode, id).toBe("transposed");
      expect([q.inH, q.inW, q.kH, q.stride[0], q.padding[0], q.dilation[0]], id).toEqual([o, o, k, s, p, d]);
      expect(outputShape(q), id).toEqual([1, i, i]);
      expect(Math.floor((i + 2 * p - d * (k - 1) - 1) / s) + 1, `${id}: the conv it reverses`).toBe(o);
    }
    expect(presetById("odd").state.params.outputPadding).toEqual([1, 1]);
  });

  test("DCGAN's k=4, s=2, p=1 doubles 4×4 to 8×8, and so does FCN's bilinear kernel", () => {
    for (const id of ["dcgan", "fcn"] as const) {
      const q = presetById(id).state.params;
      expect([q.kH, q.stride[0], q.padding[0]], id).toEqual([4, 2, 1]);
      expect(outputShape(q), id).toEqual([1, 8, 8]);
    }
    const k = Array.from(presetById("fcn").state.params.weight);
    const axis = [0.25, 0.75, 0.75, 0.25];
    expect(k).toEqual(axis.flatMap((a) => axis.map((b) => a * b)));
  });

  test("FCN upsamples the ramp to a ramp: inside the border, neighbours differ by half the input's step", () => {
    const { data } = outputOf("fcn");
    for (let r = 1; r < 7; r++) for (let c = 1; c < 6; c++) expect(data[r * 8 + c + 1] - data[r * 8 + c]).toBe(8);
  });

  test("U-Net's k=2, s=2 stamps one 2×2 block per input value, with no overlap", () => {
    const { e } = outputOf("unet");
    const q = presetById("unet").state.params;
    expect([q.kH, q.stride[0]]).toEqual([2, 2]);
    expect(Array.from(coverage(e.scatter!))).toEqual(new Array(64).fill(1));
  });

  test("the checkerboard preset's output is its coverage: 1, 2 and 4, unevenly", () => {
    const { data, e } = outputOf("checkerboard");
    expect(data).toEqual(Array.from(coverage(e.scatter!)));
    expect(new Set(data)).toEqual(new Set([1, 2, 4]));
    expect(data.slice(0, 9)).toEqual([1, 1, 2, 1, 2, 1, 2, 1, 1]);
  });

  test("the output_padding choice: the same 3×3 input gives 5×5 with op=0 and 6×6 with op=1", () => {
    const zero = presetById("outputPadding0").state.params;
    const one = presetById("outputPadding1").state.params;
    expect(outputShape(zero)).toEqual([1, 5, 5]);
    expect(outputShape(one)).toEqual([1, 6, 6]);
    expect(Array.from(one.input)).toEqual(Array.from(zero.input));
    // conv2d with k=3, s=2, p=1 takes both 5 and 6 to 3
    for (const i of [5, 6]) expect(Math.floor((i + 2 - 2 - 1) / 2) + 1).toBe(3);
  });

  test("depthwise has in = out = groups = 2; grouped has 4 in, 2 out, groups 2", () => {
    const dw = presetById("depthwise").state.params;
    expect([dw.inC, dw.outC, dw.groups]).toEqual([2, 2, 2]);
    const gr = presetById("grouped").state.params;
    expect([gr.inC, gr.outC, gr.groups]).toEqual([4, 2, 2]);
    expect(outputOf("grouped").shape).toEqual([2, 4, 4]);
  });
});

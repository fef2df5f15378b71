import { describe, expect, test, vi } from "vitest";
import fc from "fast-check";
import { renderProblem } from "../../src/i18n/problems";
import { decode as decodeData, encode, GRID_KEYS, LINK_BUDGET, URL_VERSION } from "../../src/url/codec";
import { packFragment } from "../../src/url/fragment";
import { LIMITS } from "../../src/params/limits";
import { formatGrids as formatGridsOf, parseGrids } from "../../src/url/grid";
import { defaultUrlState, PAGE_NAMES, VIEW_NAMES, type UrlState } from "../../src/url/state";
import { LANGS } from "../../src/i18n";
import { problemOf, seedParams, weightShape, withChange } from "../../src/params/explorerParams";
import { fill } from "../../src/core";
import { CHECKER_KERNEL_RANGE, DEFAULT_CHECKERBOARD_SETTINGS, DEFAULT_TRAIN_SETTINGS, DEFAULT_UPSAMPLE_SETTINGS, DEMO_IMAGES, DEMO_WEIGHTS, INITS, LAB_IMAGES, LAB_KERNEL_KINDS, LAB_LENS_SIZES, LAB_SCALES, LAB_VIEWS, LEARNING_RATES, OPTIMIZERS, STEP_COUNTS, TRAIN_IMAGES, TYPED_VALUE_LIMIT, type CheckerboardSettings, type PageSettings, type TrainSettings, type UpsampleSettings } from "../../src/model/pageSettings";
import { SETTING_KEYS } from "../../src/url/pageSettings";

/** decode, with each repair's `got` and `kept` worded in English as the notice shows them (the data is tested in test/url/problems.test.ts). */
function decode(query: string) {
  const { state, fixes } = decodeData(query);
  return { state, fixes: fixes.map((f) => ({ ...f, got: renderProblem(f.got, "en"), kept: renderProblem(f.kept, "en") })) };
}

const value = fc.oneof(
  fc.integer({ min: -9, max: 9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
);

/** A page's settings: its defaults a quarter of the time (so links that omit them are covered). */
const orDefault = <T,>(d: T, arb: fc.Arbitrary<T>) => fc.oneof({ weight: 1, arbitrary: fc.constant(d) }, { weight: 3, arbitrary: arb });
const fraction = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
const typedKernel = fc
  .integer({ min: 1, max: 16 })
  .chain((k) => fc.array(value, { minLength: k * k, maxLength: k * k }).map((values) => ({ values, k })));

/** Random valid settings of the three "why" pages, every field over its whole range. */
const validSettings: fc.Arbitrary<PageSettings> = fc.record({
  learn: orDefault<TrainSettings>(
    DEFAULT_TRAIN_SETTINGS,
    fc.record({
      image: fc.constantFrom(...TRAIN_IMAGES),
      kernelSize: fc.integer({ min: 1, max: 8 }),
      stride: fc.integer({ min: 1, max: 4 }),
      optimizer: fc.constantFrom(...OPTIMIZERS),
      learningRate: fc.constantFrom(...LEARNING_RATES),
      init: fc.constantFrom(...INITS),
      seed: fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 4294967295 })),
      steps: fc.constantFrom(...STEP_COUNTS),
    }),
  ),
  upsample: orDefault<UpsampleSettings>(
    DEFAULT_UPSAMPLE_SETTINGS,
    fc.record({
      image: fc.constantFrom(...LAB_IMAGES),
      scale: fc.constantFrom(...LAB_SCALES),
      color: fc.constantFrom("rgb" as const, "gray" as const),
      view: fc.constantFrom(...LAB_VIEWS),
      lensSize: fc.constantFrom(...LAB_LENS_SIZES),
      kernel: fc.constantFrom(...LAB_KERNEL_KINDS),
      kernelSize: fc.integer({ min: 1, max: 16 }),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      typed: fc.option(typedKernel, { nil: null }),
      lensX: fraction,
      lensY: fraction,
    }),
  ),
  checkerboard: orDefault<CheckerboardSettings>(
    DEFAULT_CHECKERBOARD_SETTINGS,
    fc.record({
      kernelSize: fc.integer({ min: 1, max: 7 }),
      stride: fc.integer({ min: 1, max: 4 }),
      layers: fc.integer({ min: 1, max: 3 }),
      smooth: fc.integer({ min: 0, max: 7 }),
      image: fc.constantFrom(...DEMO_IMAGES),
      weights: fc.constantFrom(...DEMO_WEIGHTS),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    }),
  ),
});

const within = (v: number, min: number, max: number) => Number.isInteger(v) && v >= min && v <= max;

/** What is not one of the settings the pages offer, by field: a decoded link must have none. */
function invalidSettings(s: PageSettings): string[] {
  const { learn: l, upsample: u, checkerboard: c } = s;
  const typedOk = !u.typed || (within(u.typed.k, 1, 16) && u.typed.values.length === u.typed.k ** 2 && u.typed.values.every((v) => Number.isFinite(v) && Math.abs(v) <= TYPED_VALUE_LIMIT));
  const checks: [string, boolean][] = [
    ["timg", TRAIN_IMAGES.includes(l.image)],
    ["tk", within(l.kernelSize, 1, 8)],
    ["ts", within(l.stride, 1, 4)],
    ["topt", OPTIMIZERS.includes(l.optimizer)],
    ["tlr", (LEARNING_RATES as readonly number[]).includes(l.learningRate)],
    ["tinit", INITS.includes(l.init)],
    ["tseed", within(l.seed, 0, 4294967295)],
    ["tsteps", (STEP_COUNTS as readonly number[]).includes(l.steps)],
    ["img", LAB_IMAGES.includes(u.image)],
    ["up", (LAB_SCALES as readonly number[]).includes(u.scale)],
    ["color", u.color === "rgb" || u.color === "gray"],
    ["view", LAB_VIEWS.includes(u.view)],
    ["lens", (LAB_LENS_SIZES as readonly number[]).includes(u.lensSize)],
    ["lx", u.lensX >= 0 && u.lensX <= 1],
    ["ly", u.lensY >= 0 && u.lensY <= 1],
    ["kern", LAB_KERNEL_KINDS.includes(u.kernel)],
    ["kk", within(u.kernelSize, 1, 16)],
    ["seed", within(u.seed, 0, 2 ** 31 - 1)],
    ["kw", typedOk],
    ["ck", within(c.kernelSize, 1, CHECKER_KERNEL_RANGE.max)],
    ["cs", within(c.stride, 1, 4)],
    ["layers", within(c.layers, 1, 3)],
    ["smooth", within(c.smooth, 0, 7)],
    ["dimg", DEMO_IMAGES.includes(c.image)],
    ["wts", DEMO_WEIGHTS.includes(c.weights)],
    ["wseed", within(c.seed, 0, 2 ** 31 - 1)],
  ];
  return checks.filter(([, ok]) => !ok).map(([key]) => key);
}

/** Random valid states: sizes, channels, groups, every geometry field, values, bias, UI fields and page settings. */
const validState: fc.Arbitrary<UrlState> = fc
  .record({
    mode: fc.constantFrom("conv" as const, "transposed" as const),
    inC: fc.integer({ min: 1, max: 4 }),
    outC: fc.integer({ min: 1, max: 4 }),
    groups: fc.integer({ min: 1, max: 4 }),
    inH: fc.integer({ min: 1, max: 8 }),
    inW: fc.integer({ min: 1, max: 8 }),
    kH: fc.integer({ min: 1, max: 4 }),
    kW: fc.integer({ min: 1, max: 4 }),
    s: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    p: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
    d: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
    op: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
    flip: fc.boolean(),
    bias: fc.boolean(),
    values: fc.array(value, { minLength: 300, maxLength: 300 }),
    step: fc.integer({ min: -1, max: 500 }),
    page: fc.constantFrom(...PAGE_NAMES),
    granularity: fc.constantFrom("scatter" as const, "gather" as const, "mac" as const),
    views: fc.subarray([...VIEW_NAMES], { minLength: 1 }),
    lang: fc.constantFrom(null, ...LANGS),
    present: fc.boolean(),
    embed: fc.boolean(),
    settings: validSettings,
    chapter: fc.integer({ min: 1, max: 10 }),
    practice: fc.record({ seed: fc.integer({ min: 0, max: 0xffffffff }), level: fc.constantFrom(1 as const, 2 as const, 3 as const), index: fc.integer({ min: 0, max: 1000 }) }),
  })
  .map((r) => {
    let params = withChange(seedParams(), {
      mode: r.mode, inC: r.inC, outC: r.outC, groups: r.groups, inH: r.inH, inW: r.inW, kH: r.kH, kW: r.kW,
      stride: r.s, padding: r.p, dilation: r.d, outputPadding: r.mode === "conv" ? [0, 0] : r.op, flip: r.flip,
    });
    const take = (n: number, from: number) => Float64Array.from({ length: n }, (_, i) => r.values[(from + i) % 300]);
    const [a, b, kH, kW] = weightShape(params);
    params = { ...params, input: take(params.input.length, 0), weight: take(a * b * kH * kW, 7), bias: r.bias ? take(params.outC, 13) : null };
    // A link carries the chapter only on the lesson page and the practice question only on practice.
    const lesson = {
      chapter: r.page === "lesson" ? r.chapter : 1,
      ...(r.page === "practice" ? r.practice : { seed: 1, level: 1 as const, index: 0 }),
    };
    return { page: r.page, params, step: r.step, granularity: r.granularity, views: r.views, lang: r.lang, present: r.present, embed: r.embed, settings: r.settings, lesson };
  })
  .filter((s) => problemOf(s.params) === null);

/** Every setting away from its default, each at an edge of its range where it has one. */
const SETTINGS_EXAMPLE: PageSettings = {
  learn: { image: "noise", kernelSize: 2, stride: 2, optimizer: "momentum", learningRate: 0.01, init: "bilinear", seed: 4294967295, steps: 500 },
  upsample: {
    image: "text",
    scale: 4,
    color: "gray",
    view: "diff",
    lensSize: 64,
    kernel: "typed",
    kernelSize: 8,
    seed: 0,
    typed: { k: 2, values: [0.25, 0.5, -1, 1e-7] },
    lensX: 0.125,
    lensY: 1,
  },
  checkerboard: { kernelSize: 4, stride: 3, layers: 3, smooth: 5, image: "flat", weights: "random", seed: 2 ** 31 - 1 },
};

describe("the URL codec", () => {
  test("the issue's hand-written link is the seed example", () => {
    const { state, fixes } = decode("?v=1&x=1,2,3,4;1,2,3,4;1,2,3,4;1,2,3,4&w=1,1,1;1,1,1;1,1,1");
    expect(fixes).toEqual([]);
    expect(state).toEqual(defaultUrlState());
  });

  test("links are readable: rows by ;, values by , and nothing escaped", () => {
    const q = encode(defaultUrlState());
    expect(q).toBe(`v=${URL_VERSION}&mode=conv&x=1,2,3,4;1,2,3,4;1,2,3,4;1,2,3,4&w=1,1,1;1,1,1;1,1,1&oc=1&g=1&s=1&p=0&d=1&op=0&step=-1&by=scatter&views=scatter,zero,matrix`);
  });

  test("decode(encode(s)) = s for random valid states", () => {
    fc.assert(
      fc.property(validState, (s) => {
        const { state, fixes } = decode(encode(s));
        expect(fixes).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test("a 16×16 input with a 5×5 kernel of one-decimal values stays under 2,000 characters", () => {
    const params = withChange(seedParams(), { inH: 16, inW: 16, kH: 5, kW: 5 });
    const s = { ...defaultUrlState(), params: { ...params, input: Float64Array.from(fill("randomDecimals", 16, 16, { seed: 9 })), weight: Float64Array.from(fill("randomDecimals", 5, 5, { seed: 4 })) } };
    const q = encode(s);
    expect(q.length).toBeLessThan(2000);
    expect(decode(q).state).toEqual(s);
  });

  test("bad values are clamped or dropped, and each repair is reported", () => {
    const { state, fixes } = decode("v=1&s=0&p=99&mode=sideways&views=matrix,bogus&zzz=1&step=abc&lang=fr");
    expect(state.params.stride).toEqual([1, 1]);
    expect(problemOf(state.params)).toBeNull();
    expect(state.params.mode).toBe("conv");
    expect(state.views).toEqual(["matrix"]);
    expect(state.step).toBe(-1);
    expect(state.lang).toBeNull();
    const byField = Object.fromEntries(fixes.map((f) => [f.field, f]));
    expect(byField.s).toMatchObject({ code: "clamped", got: "0", kept: "1" });
    expect(byField.p).toMatchObject({ code: "clamped", got: "99", kept: "8" });
    expect(byField.mode).toMatchObject({ code: "invalid", kept: "conv" });
    expect(byField.zzz).toMatchObject({ code: "unknown" });
    expect(byField.step).toMatchObject({ code: "invalid" });
    // padding 8 on a 4×4 input with a 3×3 kernel is valid for conv (output 18×18): no combination fix needed.
    expect(fixes.some((f) => f.code === "combination")).toBe(false);
  });

  test("a combination the core refuses is repaired step by step, with the core's rule reported", () => {
    const { state, fixes } = decode("mode=transposed&x=1,2;3,4&w=1,1,1;1,1,1;1,1,1&op=1");
    expect(state.params.outputPadding).toEqual([0, 0]);
    expect(state.params.input).toEqual(Float64Array.of(1, 2, 3, 4));
    expect(fixes).toEqual([
      {
        field: "combination",
        code: "combination",
        got: "output padding must be smaller than either stride or dilation (got output_padding=1, stride=1, dilation=1)",
        kept: "output_padding=0",
      },
    ]);
  });

  test("only repairs that change something are reported: a 2×2 input with a 3×3 kernel needs a smaller kernel, not padding 0 again", () => {
    const { state, fixes } = decode("x=1,2;3,4");
    expect([state.params.kH, state.params.kW]).toEqual([2, 2]);
    expect(fixes.filter((f) => f.code === "combination").map((f) => f.kept)).toEqual(["a kernel no larger than the input"]);
  });

  test("grids with bad cells, ragged rows or too many cells keep what they can", () => {
    const { state, fixes } = decode(`x=1,x,3;4,5&w=${Array(9).fill("1").join(",")}`);
    expect(Array.from(state.params.input)).toEqual([1, 0, 3, 4, 5, 0]);
    expect(fixes.map((f) => f.kept)).toContain("1 value(s) that were not numbers became 0");
    expect(fixes.map((f) => f.kept)).toContain("1 short row(s) padded with 0");
    const big = decode(`x=${Array(40).fill(Array(40).fill("1").join(",")).join(";")}`);
    expect([big.state.params.inH, big.state.params.inW]).toEqual([32, 32]);
    expect(big.fixes[0]).toMatchObject({ field: "x", code: "clamped", kept: "1×32×32 (the top-left part)" });
  });

  test("a link with thousands of rows, columns and channels reads only the part the app can use", () => {
    // 20 channels of 3,000 × 3,000 cells would need 1.4 GB if stored before cropping.
    const row = "1,".repeat(2999) + "1";
    const channel = `${row};${";".repeat(2998)}`;
    const huge = Array(20).fill(channel).join("/");
    const { state, fixes } = decode(`x=${huge}&kw=${row}`);
    expect([state.params.inC, state.params.inH, state.params.inW]).toEqual([4, 32, 32]);
    expect(state.params.input[0]).toBe(1);
    expect(fixes.find((f) => f.field === "x" && f.code === "clamped")).toMatchObject({ got: "20×3000×3000", kept: "4×32×32 (the top-left part)" });
    const parsed = parseGrids(huge, { count: 64, side: 32 });
    expect([parsed.count, parsed.rows, parsed.cols, parsed.data.length]).toEqual([20, 32, 32, 20 * 32 * 32]);
    expect(parsed.written).toEqual([20, 3000, 3000]);
  });

  test("?lesson=4 opens chapter 4 of the lesson, ?practice=SEED a practice question; bad values are clamped and reported", () => {
    expect(decode("?lesson=4").state).toMatchObject({ page: "lesson", lesson: { chapter: 4 } });
    expect(decode("?practice=77&plevel=3&pq=5").state).toMatchObject({ page: "practice", lesson: { seed: 77, level: 3, index: 5 } });
    const far = decode("?lesson=99");
    expect(far.state.lesson.chapter).toBe(10);
    expect(far.fixes).toContainEqual(expect.objectContaining({ field: "lesson", code: "clamped" }));
    expect(decode("?page=lesson").state).toMatchObject({ page: "lesson", lesson: { chapter: 1 } });
    const s = decode("?lesson=7").state;
    expect(encode(s)).toMatch(/&lesson=7$/);
    expect(encode(s)).not.toMatch(/page=/);
    expect(encode({ ...s, page: "explorer" })).not.toMatch(/lesson=/);
  });

  test("a future or garbled version is read as the current one and reported", () => {
    expect(decode("v=7").fixes).toEqual([{ field: "v", code: "version", got: "7", kept: `read as version ${URL_VERSION}` }]);
    expect(decode("v=banana").fixes[0].code).toBe("version");
  });

  test("the pages' settings are written only where they differ from the defaults, after the explorer's fields", () => {
    const learn = { ...DEFAULT_TRAIN_SETTINGS, seed: 7, kernelSize: 3 };
    const q = encode({ ...defaultUrlState(), page: "learn", settings: { ...defaultUrlState().settings, learn } });
    expect(q).toBe(`${encode({ ...defaultUrlState(), page: "learn" })}&tk=3&tseed=7`);
    expect(decode(q)).toEqual({ state: { ...defaultUrlState(), page: "learn", settings: { ...defaultUrlState().settings, learn } }, fixes: [] });
    expect(encode({ ...defaultUrlState(), settings: SETTINGS_EXAMPLE })).toContain(
      "&timg=noise&tk=2&topt=momentum&tlr=0.01&tinit=bilinear&tseed=4294967295&tsteps=500&img=text&up=4&color=gray&view=diff&lens=64&lx=0.125&ly=1&kern=typed&kk=8&seed=0&kw=0.25,0.5;-1,1e-7&ck=4&cs=3&layers=3&smooth=5&dimg=flat&wts=random&wseed=2147483647",
    );
  });

  test("bad page settings are clamped, snapped or replaced by the default, each repair reported", () => {
    const { state, fixes } = decode("page=learn&tk=99&ts=0&tlr=0.04&tsteps=1500&timg=mars&topt=&tseed=-3&up=3&lx=2&ly=abc&kk=0&smooth=9&wts=heavy&kw=1,x;2,3,4");
    expect(state.settings.learn).toEqual({ ...DEFAULT_TRAIN_SETTINGS, kernelSize: 8, stride: 1, learningRate: 0.05, steps: 2000, seed: 0 });
    expect(state.settings.upsample).toMatchObject({ scale: 2, lensX: 1, lensY: 0.4, kernelSize: 1, typed: { k: 2, values: [1, 0, 2, 3] } });
    expect(state.settings.checkerboard).toMatchObject({ smooth: 7, weights: "constant" });
    const byField = Object.fromEntries(fixes.map((f) => [f.field, f]));
    expect(byField.tk).toMatchObject({ code: "clamped", got: "99", kept: "8" });
    expect(byField.tlr).toMatchObject({ code: "snapped", got: "0.04", kept: "0.05" });
    expect(byField.tsteps).toMatchObject({ code: "snapped", got: "1500", kept: "2000" });
    expect(byField.timg).toMatchObject({ code: "invalid", got: "mars", kept: "camera" });
    expect(byField.topt).toMatchObject({ code: "invalid", kept: "adam" });
    expect(byField.up).toMatchObject({ code: "invalid", got: "3", kept: "2" });
    expect(byField.lx).toMatchObject({ code: "clamped", kept: "1" });
    expect(byField.wts).toMatchObject({ code: "invalid", kept: "constant" });
    expect(fixes.filter((f) => f.field === "kw").map((f) => f.kept)).toEqual([
      "1 value(s) that were not numbers became 0",
      "1 short row(s) padded with 0",
      "2×2 (the top-left part)",
    ]);
  });

  test("an uploaded image cannot be in a link: img=upload quietly opens the default image", () => {
    expect(decode("page=upsample&img=upload")).toEqual({ state: { ...defaultUrlState(), page: "upsample" }, fixes: [] });
  });

  test("a typed kernel: one row of k² values is k×k, larger than 16×16 keeps the top-left part", () => {
    expect(decode("kw=1,2,3,4,5,6,7,8,9").state.settings.upsample.typed).toEqual({ k: 3, values: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
    const big = decode(`kw=${Array(20).fill(Array(20).fill("2e7").join(",")).join(";")}`);
    expect(big.state.settings.upsample.typed?.k).toBe(16);
    expect(big.state.settings.upsample.typed?.values.every((v) => v === TYPED_VALUE_LIMIT)).toBe(true);
    expect(big.fixes.map((f) => f.kept)).toEqual(["16×16 (the top-left part)", `±${TYPED_VALUE_LIMIT}`]);
    expect(decode("kw=").state.settings.upsample.typed).toBeNull();
  });

  test("fuzz: 10,000 random and mutated query strings never throw and always give a valid state", () => {
    const bases = [encode(defaultUrlState()), encode({ ...defaultUrlState(), page: "upsample", settings: SETTINGS_EXAMPLE })];
    const mutated = fc
      .tuple(fc.constantFrom(...bases), fc.nat(2000), fc.nat(8), fc.string({ maxLength: 12 }))
      .map(([base, at0, cut, insert]) => {
        const at = at0 % (base.length + 1);
        return base.slice(0, at) + insert + base.slice(at + cut);
      });
    const junkValue = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom("0", "-1", "1.5", "1e9", "0.04", "NaN", "upload", "camera", "typed", "1,2;3", "1,2,3,4/5", ""),
    );
    const junkField = fc
      .tuple(fc.constantFrom("v", "page", "mode", "x", "w", "b", "oc", "g", "s", "p", "d", "op", "flip", "step", "by", "views", "lang", "present", "embed", ...SETTING_KEYS, "%", "=", ""), junkValue)
      .map(([k, v]) => `${k}=${v}`);
    const query = fc.oneof(mutated, fc.string({ maxLength: 80 }), fc.array(junkField, { maxLength: 8 }).map((a) => a.join("&")));
    let reported = 0;
    fc.assert(
      fc.property(query, (q) => {
        const { state, fixes } = decode(q);
        expect(problemOf(state.params)).toBeNull();
        expect(state.views.length).toBeGreaterThan(0);
        expect(Number.isInteger(state.step) && state.step >= -1).toBe(true);
        expect(invalidSettings(state.settings)).toEqual([]);
        for (const f of fixes) expect(f.field.length + f.kept.length).toBeGreaterThan(0);
        if (fixes.length) reported++;
        // Whatever was decoded is stable: encoding it again reads back without repairs, and the same.
        const again = decode(encode(state));
        expect(again.fixes).toEqual([]);
        expect(again.state.settings).toEqual(state.settings);
      }),
      { numRuns: 10_000 },
    );
    expect(reported).toBeGreaterThan(1000);
    // 10,000 runs of two decodes and an encode take several seconds: over the default 5 s when the machine is shared.
  }, 60_000);
});

/** The largest configuration the app accepts: 4×32×32 input, 4 output channels, 7×7 kernels, groups 1. */
function largest(values: (n: number, seed: number) => number[], typed = false): UrlState {
  const params = withChange(seedParams(), { inC: 4, outC: 4, inH: 32, inW: 32, kH: 7, kW: 7 });
  const [a, b, kH, kW] = weightShape(params);
  return {
    ...defaultUrlState(),
    params: {
      ...params,
      input: Float64Array.from(values(params.input.length, 1)),
      weight: Float64Array.from(values(a * b * kH * kW, 2)),
      bias: Float64Array.from(values(4, 3)),
    },
    step: 123_456,
    granularity: "mac",
    settings: typed
      ? { ...defaultUrlState().settings, upsample: { ...DEFAULT_UPSAMPLE_SETTINGS, kernel: "typed", typed: { k: 16, values: values(256, 4) } } }
      : defaultUrlState().settings,
  };
}

/** What "Random decimals" fills, grid after grid: one decimal in −2.0..2.0. */
const randomDecimals = (n: number, seed: number) => {
  const out: number[] = [];
  for (let g = 0; out.length < n; g++) out.push(...fill("randomDecimals", 7, 7, { seed: seed * 1000 + g }));
  return out.slice(0, n);
};

/** Doubles with every digit random, the worst a paste can bring: nothing to compress. */
const randomDoubles = (n: number, seed: number) => {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return ((x / 2147483648) * 2 - 1) * 999_999.123456789;
  });
};

describe("links that fit", () => {
  test("the largest configuration after Random decimals packs its grids into the fragment: within 8,000 characters, read back exactly", () => {
    const s = largest(randomDecimals);
    const link = encode(s);
    expect(link.length).toBeLessThanOrEqual(LINK_BUDGET);
    expect(LINK_BUDGET).toBeLessThanOrEqual(8_000);
    const [query, fragment] = link.split("#");
    expect(fragment.startsWith("z1.")).toBe(true);
    for (const key of GRID_KEYS) expect(query).not.toMatch(new RegExp(`(^|&)${key}=`));
    expect(query).toContain("oc=4");
    const back = decode(link);
    expect(back.fixes).toEqual([]);
    expect(back.state).toEqual(s);
  });

  test("the same state written plainly, as a v=1 link from before the fragment, still opens to the same state", () => {
    const s = largest(randomDecimals, true);
    const p = s.params;
    const [a, b, kH, kW] = weightShape(p);
    const t = s.settings.upsample.typed!;
    const old =
      `v=1&mode=conv&x=${formatGridsOf(p.input, 4, 32, 32)}&w=${formatGridsOf(p.weight, a * b, kH, kW)}&b=${Array.from(p.bias!).join(",")}` +
      `&oc=4&g=1&s=1&p=0&d=1&op=0&step=123456&by=mac&views=scatter,zero,matrix&kern=typed&kw=${formatGridsOf(Float64Array.from(t.values), 1, 16, 16)}`;
    expect(old.length).toBeGreaterThan(20_000);
    const back = decode(old);
    expect(back.fixes).toEqual([]);
    expect(back.state).toEqual(s);
  });

  test("values with every digit random do not fit even packed: the link rounds them as little as it must, and is a fixed point", () => {
    const s = largest(randomDoubles, true);
    const link = encode(s);
    expect(link.length).toBeLessThanOrEqual(LINK_BUDGET);
    const back = decode(link);
    expect(back.fixes).toEqual([]);
    // 7,488 values of 16 random digits hold ~50 bits each; the link has room for ~6: one significant digit survives.
    const relative = Array.from(s.params.input, (v, i) => Math.abs(back.state.params.input[i] - v) / Math.abs(v));
    expect(Math.max(...relative)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...relative)).toBeGreaterThan(0);
    expect(encode(back.state)).toBe(link);
  });

  test("a fragment that is not ours, or damaged, is reported and the query's values are kept", () => {
    for (const fragment of ["z1.!!!", "z9.q7A11DGyNtYxUSsHsgytgRgA", "z1.q7A11DGyNtYxUSsH", "anchor"]) {
      const { state, fixes } = decode(`v=1&x=1,2,3;4,5,6;7,8,9#${fragment}`);
      expect(Array.from(state.params.input)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(fixes.map((f) => f.field)).toEqual(["#"]);
    }
  });

  test("before the DEFLATE code arrives, long grids are written plainly (exact) and a packed fragment is reported unread, not damaged", async () => {
    const s = largest(randomDecimals);
    const packed = encode(s);
    expect(packed).toContain("#z1.");
    vi.resetModules(); // a fresh module graph: its fragment.ts has not fetched fflate yet
    const fresh = await import("../../src/url/codec");
    const fragment = await import("../../src/url/fragment");
    expect(fragment.packerReady()).toBe(false);
    const plain = fresh.encode(s);
    expect(plain).not.toContain("#");
    expect(plain.length).toBeGreaterThan(LINK_BUDGET);
    expect(Array.from(fresh.decode(plain).state.params.input)).toEqual(Array.from(s.params.input));
    const unread = fresh.decode(packed);
    expect(unread.fixes.map((f) => [f.field, f.code, renderProblem(f.kept, "en")])).toEqual([["#", "invalid", expect.stringContaining("could not be loaded")]]);
    await fragment.loadPacker();
    expect(fresh.encode(s)).toBe(packed);
    expect(Array.from(fresh.decode(packed).state.params.input)).toEqual(Array.from(decode(packed).state.params.input));
  });

  test("only grids travel in the fragment: anything else there is ignored and reported", () => {
    const { state, fixes } = decode(`v=1&oc=1&x=0#${packFragment("x=1,2,3;4,5,6;7,8,9&oc=3&page=gallery")}`);
    expect(Array.from(state.params.input)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(state.params.outC).toBe(1);
    expect(state.page).toBe("explorer");
    expect(fixes.map((f) => [f.field, f.code])).toEqual([["oc", "unknown"], ["page", "unknown"]]);
  });

  test("fuzz: 10,000 links over the whole URL space: decode never throws, every decoded state is within the limits, encode(decode(link)) is a fixed point of at most 8,000 characters", () => {
    const big = [largest(randomDecimals), largest(randomDecimals, true), largest(randomDoubles, true), largest(() => [])].map(encode);
    const small = [encode(defaultUrlState()), encode({ ...defaultUrlState(), page: "upsample", settings: SETTINGS_EXAMPLE })];
    const mutate = (bases: string[]) =>
      fc.tuple(fc.constantFrom(...bases), fc.nat(30_000), fc.nat(8), fc.string({ maxLength: 12 })).map(([base, at0, cut, insert]) => {
        const at = at0 % (base.length + 1);
        return base.slice(0, at) + insert + base.slice(at + cut);
      });
    const junkValue = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom("0", "-1", "１", "−2", "1.5", "1e9", "1e999", "NaN", "0x10", "upload", "typed", "1,2;3", "1,2,3,4/5", "１，２；３，４", ""),
    );
    const keys = ["v", "page", "mode", ...GRID_KEYS, "oc", "g", "s", "p", "d", "op", "flip", "step", "by", "views", "lang", "present", "embed", ...SETTING_KEYS, "%", "="];
    const junkFields = fc.array(fc.tuple(fc.constantFrom(...keys), junkValue).map(([k, v]) => `${k}=${v}`), { maxLength: 8 }).map((a) => a.join("&"));
    const packed = fc.tuple(junkFields, junkFields).map(([q, f]) => `${q}#${packFragment(f)}`);
    const link = fc.oneof(
      { weight: 6, arbitrary: mutate(small) },
      { weight: 1, arbitrary: mutate(big) }, // 1 in 20: each costs a few milliseconds of deflate
      { weight: 6, arbitrary: junkFields },
      { weight: 4, arbitrary: packed },
      { weight: 3, arbitrary: fc.string({ maxLength: 80 }) },
    );
    fc.assert(
      fc.property(link, (l) => {
        const { state } = decode(l);
        const p = state.params;
        expect(problemOf(p)).toBeNull();
        expect(p.inC <= LIMITS.channels.max && p.inH <= LIMITS.size.max && p.inW <= LIMITS.size.max).toBe(true);
        expect(p.kH <= LIMITS.kernel.max && p.kW <= LIMITS.kernel.max).toBe(true);
        for (const grid of [p.input, p.weight, p.bias ?? new Float64Array()]) {
          for (const v of grid) expect(Number.isFinite(v) && Math.abs(v) <= LIMITS.value.max).toBe(true);
        }
        expect(invalidSettings(state.settings)).toEqual([]);
        const canonical = encode(state);
        expect(canonical.length).toBeLessThanOrEqual(LINK_BUDGET);
        expect(encode(decode(canonical).state)).toBe(canonical);
      }),
      { numRuns: 10_000 },
    );
  }, 600_000);
});

import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { decode, encode, URL_VERSION } from "../../src/url/codec";
import { defaultUrlState, LANGS, PAGE_NAMES, VIEW_NAMES, type UrlState } from "../../src/url/state";
import { problemOf, seedParams, weightShape, withChange } from "../../src/params/explorerParams";
import { fill } from "../../src/core";

const value = fc.oneof(
  fc.integer({ min: -9, max: 9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
);

/** Random valid states: sizes, channels, groups, every geometry field, values, bias and UI fields. */
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
  })
  .map((r) => {
    let params = withChange(seedParams(), {
      mode: r.mode, inC: r.inC, outC: r.outC, groups: r.groups, inH: r.inH, inW: r.inW, kH: r.kH, kW: r.kW,
      stride: r.s, padding: r.p, dilation: r.d, outputPadding: r.mode === "conv" ? [0, 0] : r.op, flip: r.flip,
    });
    const take = (n: number, from: number) => Float64Array.from({ length: n }, (_, i) => r.values[(from + i) % 300]);
    const [a, b, kH, kW] = weightShape(params);
    params = { ...params, input: take(params.input.length, 0), weight: take(a * b * kH * kW, 7), bias: r.bias ? take(params.outC, 13) : null };
    return { page: r.page, params, step: r.step, granularity: r.granularity, views: r.views, lang: r.lang, present: r.present, embed: r.embed };
  })
  .filter((s) => problemOf(s.params) === null);

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
  });

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

  test("grids with bad cells, ragged rows or too many cells keep what they can", () => {
    const { state, fixes } = decode(`x=1,x,3;4,5&w=${Array(9).fill("1").join(",")}`);
    expect(Array.from(state.params.input)).toEqual([1, 0, 3, 4, 5, 0]);
    expect(fixes.map((f) => f.kept)).toContain("1 value(s) that were not numbers became 0");
    expect(fixes.map((f) => f.kept)).toContain("1 short row(s) padded with 0");
    const big = decode(`x=${Array(40).fill(Array(40).fill("1").join(",")).join(";")}`);
    expect([big.state.params.inH, big.state.params.inW]).toEqual([32, 32]);
    expect(big.fixes[0]).toMatchObject({ field: "x", code: "clamped", kept: "1×32×32 (the top-left part)" });
  });

  test("a future or garbled version is read as the current one and reported", () => {
    expect(decode("v=7").fixes).toEqual([{ field: "v", code: "version", got: "7", kept: `read as version ${URL_VERSION}` }]);
    expect(decode("v=banana").fixes[0].code).toBe("version");
  });

  test("fuzz: 10,000 random and mutated query strings never throw and always give a valid state", () => {
    const base = encode(defaultUrlState());
    const mutated = fc
      .tuple(fc.nat(base.length), fc.nat(8), fc.string({ maxLength: 12 }))
      .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));
    const junkField = fc
      .tuple(fc.constantFrom("v", "page", "mode", "x", "w", "b", "oc", "g", "s", "p", "d", "op", "flip", "step", "by", "views", "lang", "present", "embed", "%", "=", ""), fc.string({ maxLength: 30 }))
      .map(([k, v]) => `${k}=${v}`);
    const query = fc.oneof(mutated, fc.string({ maxLength: 80 }), fc.array(junkField, { maxLength: 8 }).map((a) => a.join("&")));
    let reported = 0;
    fc.assert(
      fc.property(query, (q) => {
        const { state, fixes } = decode(q);
        expect(problemOf(state.params)).toBeNull();
        expect(state.views.length).toBeGreaterThan(0);
        expect(Number.isInteger(state.step) && state.step >= -1).toBe(true);
        for (const f of fixes) expect(f.field.length + f.kept.length).toBeGreaterThan(0);
        if (fixes.length) reported++;
        // Whatever was decoded is stable: encoding it again reads back without repairs.
        expect(decode(encode(state)).fixes).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
    expect(reported).toBeGreaterThan(1000);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { conv2d, convOutputSize, convTranspose2d, convTransposeOutputSize, explore, parseMatrix } from "../../src/core";
import { localizeProblem } from "../../src/i18n/problems";
import { problemOf, seedParams, withChange } from "../../src/params/explorerParams";
import { decode } from "../../src/url/codec";

/** Messages thrown or returned by f, collected (anything that does not throw adds nothing). */
function caught(f: () => unknown): string[] {
  try {
    f();
    return [];
  } catch (e) {
    return [(e as Error).message];
  }
}

/** Words of three or more Latin letters left after removing code and echoed values. */
function englishLeft(zh: string): string[] {
  const stripped = zh
    .replace(/（收到 [^）]*）|（得到输出 [^）]*）/g, "")
    .replace(/“[^”]*”/g, "")
    // A worker crash quotes the browser's own error text, which is not ours to translate.
    .replace(/(计算|图像|训练) Worker 意外停止（[^）]*）/, "")
    .replace(/\b(output_padding|in_channels|out_channels|convTranspose2d|weight\.shape|groups|padding|stride|dilation|Worker|NaN|Infinity|nan|inf)\b/g, "");
  return stripped.match(/[A-Za-z]{3,}/g) ?? [];
}

const fixtures: { cases: { mode: string; inputShape: number[]; input: number[]; weightShape: number[]; weight: number[]; bias: number[] | null; stride: number[]; padding: number[]; dilation: number[]; outputPadding: number[]; groups: number; accepted: boolean }[] } =
  JSON.parse(readFileSync(join(__dirname, "../core/fixtures/conv_pytorch.json"), "utf8"));

function allMessages(): string[] {
  const out = new Set<string>();
  const add = (ms: string[]) => ms.forEach((m) => out.add(m));
  for (const c of fixtures.cases.filter((k) => !k.accepted)) {
    const input = { shape: c.inputShape, data: Float64Array.from(c.input) };
    const weight = { shape: c.weightShape, data: Float64Array.from(c.weight) };
    const o = { stride: c.stride as [number, number], padding: c.padding as [number, number], dilation: c.dilation as [number, number], groups: c.groups };
    add(caught(() => (c.mode === "conv" ? conv2d(input, weight, null, o) : convTranspose2d(input, weight, null, { ...o, outputPadding: c.outputPadding as [number, number] }))));
  }
  const x = { shape: [1, 4, 4], data: new Float64Array(16) };
  const w = { shape: [1, 1, 3, 3], data: new Float64Array(9) };
  for (const bad of [0, -1, 1.5, NaN, Infinity, [1, 2, 3]]) {
    for (const key of ["stride", "padding", "dilation", "outputPadding", "groups"]) {
      add(caught(() => convTranspose2d(x, w, null, { [key]: bad } as never)));
      add(caught(() => conv2d(x, w, null, { [key]: bad } as never)));
    }
  }
  add(caught(() => conv2d({ shape: [4, 4], data: new Float64Array(16) }, w)));
  add(caught(() => conv2d({ shape: [1, 0, 4], data: new Float64Array(0) }, w)));
  add(caught(() => conv2d({ shape: [1, 4, 4], data: new Float64Array(3) }, w)));
  add(caught(() => conv2d(x, w, new Float64Array(3))));
  add(caught(() => conv2d({ shape: [3, 4, 4], data: new Float64Array(48) }, { shape: [3, 1, 3, 3], data: new Float64Array(27) }, null, { groups: 2 })));
  add(caught(() => convTranspose2d({ shape: [3, 4, 4], data: new Float64Array(48) }, { shape: [2, 1, 3, 3], data: new Float64Array(18) })));
  add(caught(() => convTranspose2d({ shape: [1, 1, 1], data: new Float64Array(1) }, w, null, { padding: 3 })));
  add(caught(() => convOutputSize(2, 3, 1, 0, 1)));
  add(caught(() => convTransposeOutputSize(1, 3, 1, 2, 1, 0)));
  add(caught(() => explore({ mode: "transposed", input: { shape: [4, 64, 64], data: new Float64Array(4 * 4096) }, weight: { shape: [4, 4, 7, 7], data: new Float64Array(784) }, bias: null, stride: [4, 4], padding: [0, 0], dilation: [1, 1], outputPadding: [0, 0], groups: 1 })));
  add(caught(() => explore({ ...seedParamsAsExplore(), input: { shape: [1, 1, 4, 4], data: new Float64Array(16) } })));
  const seed = seedParams();
  for (const patch of [{ inH: 40 }, { kW: 2.5 }, { padding: [NaN, 0] as [number, number] }, { stride: [0, 1] as [number, number] }, { inC: 3, groups: 2 }, { mode: "transposed" as const, outputPadding: [1, 1] as [number, number] }, { inH: 2 }, { input: Float64Array.of(1) }, { weight: new Float64Array(9).fill(2e6) }, { inH: 32, inW: 32, kH: 1, kW: 1, inC: 4, outC: 4, mode: "transposed" as const, stride: [8, 8] as [number, number] }]) {
    const problem = problemOf({ ...withChange(seed, {}), ...patch });
    if (problem) out.add(problem);
  }
  for (const text of ["", "1 2\n3", "1 x", "1 nan", "[[1,2],[3,4]", "[1]]", "[[1],[2]] 3", "1 [2]", "[[[1,2],[3,4]],[[5,6],[7,8]]]", "[[1,inf]]", "[x]"]) {
    const r = parseMatrix(text);
    if (!r.ok) out.add(r.error);
  }
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.constantFrom("s", "x", "w", "b", "op", "g", "mode", "v", "views", "lang", "step", "by", "zz"), (value, key) => {
      for (const f of decode(`${key}=${value}&x=1,2;3,4`).fixes) {
        out.add(f.kept);
        if (f.code === "combination") out.add(f.got);
      }
    }),
    { numRuns: 3000 },
  );
  for (const q of ["x=1,2;3&w=1,a,1", "x=" + Array(40).fill("1").join(","), "v=9", "b=1,2,x", "g=3&x=1,2/3,4", "w=1,1/1,1/1,1", "%zz=1"]) {
    for (const f of decode(q).fixes) out.add(f.kept);
  }
  out.add("no input cell 16");
  for (const worker of ["compute", "image", "training"]) {
    out.add(`The ${worker} worker stopped unexpectedly (out of memory). A fresh worker will start with the next request.`);
  }
  return [...out];
}

function seedParamsAsExplore() {
  const p = seedParams();
  return {
    mode: p.mode,
    input: { shape: [1, 4, 4], data: p.input },
    weight: { shape: [1, 1, 3, 3], data: p.weight },
    bias: null,
    stride: p.stride,
    padding: p.padding,
    dilation: p.dilation,
    outputPadding: p.outputPadding,
    groups: 1,
  };
}

describe("rule messages in 简体中文", () => {
  const messages = allMessages();

  test("the collection covers every source of messages", () => {
    expect(messages.length).toBeGreaterThan(40);
  });

  test("every message the app can show has a Chinese rendering with no English prose left", () => {
    const untranslated = messages
      .map((m) => ({ m, zh: localizeProblem(m, "zh-CN") }))
      .filter(({ zh }) => englishLeft(zh).length > 0)
      .map(({ m, zh }) => `${m}  →  ${zh}`);
    expect(untranslated).toEqual([]);
  });

  test("examples read as intended, with PyTorch's identifiers kept", () => {
    expect(localizeProblem("output padding must be smaller than either stride or dilation (got output_padding=1, stride=1, dilation=1)", "zh-CN")).toBe(
      "输出填充必须小于步幅或膨胀率（收到 output_padding=1, stride=1, dilation=1）",
    );
    expect(localizeProblem("stride (height) must be between 1 and 8 (got 0)", "zh-CN")).toBe("步幅（高）必须在 1 到 8 之间（收到 0）");
    expect(localizeProblem("stride must be ≥ 1 (got 0)", "en")).toBe("stride must be ≥ 1 (got 0)");
    expect(localizeProblem("scatter,matrix", "zh-CN")).toBe("散射、矩阵");
  });
});

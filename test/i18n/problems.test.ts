import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { conv2d, convOutputSize, convTranspose2d, convTransposeOutputSize, explore, parseMatrix } from "../../src/core";
import { problemOf as carriedProblem, type Problem } from "../../src/core/problem";
import { renderProblem } from "../../src/i18n/problems";
import { problemOf, seedParams, withChange } from "../../src/params/explorerParams";
import { decode } from "../../src/url/codec";
import { workerProblem } from "../../src/worker/reply";

/** English messages thrown beside their problems, checked against the catalogue's English. */
const thrown: { message: string; problem: Problem | undefined }[] = [];

/** The problem thrown by f, collected with its English message (anything that does not throw adds nothing). */
function caught(f: () => unknown): Problem[] {
  try {
    f();
    return [];
  } catch (e) {
    const problem = carriedProblem(e);
    thrown.push({ message: (e as Error).message, problem });
    return problem ? [problem] : [];
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

function allProblems(): Problem[] {
  const found = new Map<string, Problem>();
  const out = { add: (p: Problem) => found.set(JSON.stringify(p), p) };
  const add = (ps: Problem[]) => ps.forEach((p) => out.add(p));
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
    if (!r.ok) {
      out.add(r.problem);
      expect(renderProblem(r.problem, "en"), text).toBe(r.error);
    }
  }
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.constantFrom("s", "x", "w", "b", "op", "g", "mode", "v", "views", "lang", "step", "by", "zz"), (value, key) => {
      for (const f of decode(`${key}=${value}&x=1,2;3,4`).fixes) {
        out.add(f.kept);
        // A link's raw text is the person's own, echoed as it is; everything else the app words.
        if (f.got.code !== "url.raw") out.add(f.got);
      }
    }),
    { numRuns: 3000 },
  );
  for (const q of ["x=1,2;3&w=1,a,1", "x=" + Array(40).fill("1").join(","), "v=9", "b=1,2,x", "g=3&x=1,2/3,4", "w=1,1/1,1/1,1", "%zz=1"]) {
    for (const f of decode(q).fixes) out.add(f.kept);
  }
  out.add({ code: "cell.missing", values: { field: "input", index: 16 } });
  for (const worker of ["compute", "image", "training"]) {
    out.add(workerProblem("worker.crashed", { workerChoice: worker, detail: "out of memory" }));
  }
  return [...found.values()];
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
  const problems = allProblems();

  test("the collection covers every source of messages", () => {
    expect(problems.length).toBeGreaterThan(40);
  });

  test("every thrown English message is exactly the catalogue's English for its problem", () => {
    expect(thrown.length).toBeGreaterThan(20);
    for (const { message, problem } of thrown) {
      expect(problem, message).toBeDefined();
      expect(renderProblem(problem!, "en")).toBe(message);
    }
  });

  test("every message the app can show has a Chinese rendering with no English prose left", () => {
    const untranslated = problems
      .map((p) => ({ m: renderProblem(p, "en"), zh: renderProblem(p, "zh-CN") }))
      .filter(({ zh }) => englishLeft(zh).length > 0)
      .map(({ m, zh }) => `${m}  →  ${zh}`);
    expect(untranslated).toEqual([]);
  });

  test("examples read as intended, with PyTorch's identifiers kept", () => {
    const rule = (f: () => unknown) => caught(f)[0];
    const x = { shape: [1, 2, 2], data: new Float64Array(4) };
    const w = { shape: [1, 1, 3, 3], data: new Float64Array(9) };
    expect(renderProblem(rule(() => convTranspose2d(x, w, null, { outputPadding: 1 })), "zh-CN")).toBe(
      "输出填充必须小于步幅或膨胀率（收到 output_padding=1, stride=1, dilation=1）",
    );
    expect(renderProblem(problemOf({ ...seedParams(), stride: [0, 1] })!, "zh-CN")).toBe("步幅（高）必须在 1 到 8 之间（收到 0）");
    expect(renderProblem(rule(() => convOutputSize(4, 3, 0, 0, 1)), "en")).toBe("stride must be ≥ 1 (got 0)");
    const views = decode("views=scatter,bogus,matrix").fixes[0].kept;
    expect(renderProblem(views, "zh-CN")).toBe("散射、矩阵");
  });
});

describe("each refusal is data: the right code and values, worded by the catalogue", () => {
  const x = { shape: [1, 4, 4], data: new Float64Array(16) };
  const w = { shape: [1, 1, 3, 3], data: new Float64Array(9) };
  const rule = (f: () => unknown) => {
    const [p] = caught(f);
    if (!p) throw new Error("expected a refusal");
    return p;
  };

  test("stride 0: param.min naming the field stride, in English and 简体中文", () => {
    const p = rule(() => conv2d(x, w, null, { stride: 0 }));
    expect(p).toEqual({ code: "param.min", values: { field: "stride", min: 1, got: 0 } });
    expect(renderProblem(p, "en")).toBe("stride must be ≥ 1 (got 0)");
    expect(renderProblem(p, "zh-CN")).toBe("步幅必须 ≥ 1（收到 0）");
    expect(rule(() => conv2d(x, w, null, { stride: [1, 0] }))).toEqual({ code: "param.min", values: { field: "stride.width", min: 1, got: 0 } });
    expect(rule(() => conv2d(x, w, null, { stride: 1.5 }))).toEqual({ code: "param.notInteger", values: { field: "stride", got: 1.5 } });
    expect(rule(() => conv2d(x, w, null, { stride: NaN }))).toEqual({ code: "param.notFinite", values: { field: "stride", min: 1, got: "NaN" } });
  });

  test("PyTorch's output_padding rule keeps its values as PyTorch prints them", () => {
    const y = { shape: [1, 2, 2], data: new Float64Array(4) };
    const p = rule(() => convTranspose2d(y, w, null, { outputPadding: [0, 2], stride: 2 }));
    expect(p).toEqual({ code: "outputPadding.tooLarge", values: { outputPadding: "(0, 2)", stride: "2", dilation: "1" } });
  });

  test("a wrapped rule keeps its cause: layer 2 of a DCGAN with stride 0", async () => {
    const { dcganGenerator } = await import("../../src/core");
    const p = rule(() => dcganGenerator({ stride: 0 }));
    expect(p).toEqual({ code: "network.layer", values: { layer: 2 }, cause: { code: "param.min", values: { field: "stride", min: 1, got: 0 } } });
    expect(renderProblem(p, "zh-CN")).toBe("第 2 层：步幅必须 ≥ 1（收到 0）");
  });

  test("the explorer's limits: a field code, the range and the value", () => {
    const p = problemOf({ ...seedParams(), inH: 33 });
    expect(p).toEqual({ code: "param.range", values: { field: "inputHeight", min: 1, max: 32, got: 33 } });
    expect(renderProblem(p!, "zh-CN")).toBe("输入高度必须在 1 到 32 之间（收到 33）");
    expect(problemOf(withChange(seedParams(), { inC: 3, groups: 2 }))).toEqual({
      code: "groups.divideBoth",
      values: { inChannels: 3, outChannels: 1, groups: 2 },
    });
  });

  test("the paste parser: where the bad token is, and the token itself", () => {
    const r = parseMatrix("1 2\n3 x");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toEqual({ code: "paste.rowNotNumber", values: { row: 2, index: 2, text: "x" } });
    expect(renderProblem(r.problem, "zh-CN")).toBe("第 2 行第 2 个值：“x”不是数字");
    const ragged = parseMatrix("1 2 3\n4 5");
    expect(!ragged.ok && ragged.problem).toEqual({ code: "paste.ragged", values: { width: 3, row: 2, got: 2 } });
  });

  test("a link repair: what the link held and what was kept, both as data", () => {
    const [fix] = decode("s=0").fixes;
    expect(fix).toEqual({ field: "s", code: "clamped", got: { code: "url.raw", values: { text: "0" } }, kept: { code: "url.value", values: { value: 1 } } });
    const combination = decode("mode=transposed&op=1").fixes.find((f) => f.code === "combination")!;
    expect(combination.got.code).toBe("outputPadding.tooLarge");
    expect(combination.kept).toEqual({ code: "url.reset", values: { setting: "output_padding=0" } });
    expect(decode("page=nowhere").fixes[0].kept).toEqual({ code: "url.choice", values: { choice: "explorer" } });
    expect(renderProblem(decode("page=nowhere").fixes[0].kept, "zh-CN")).toBe("探索器");
  });

  test("a refusal and a crash survive postMessage as data: a structured clone keeps the problem", async () => {
    const { handle } = await import("../../src/worker/handle");
    const response = structuredClone(handle({ id: 1, type: "explore", params: { ...seedParamsAsExplore(), stride: [0, 1] } }));
    expect(response.ok).toBe(false);
    expect(!response.ok && carriedProblem(response)).toEqual({ code: "param.min", values: { field: "stride.height", min: 1, got: 0 } });
    expect(renderProblem(carriedProblem(response)!, "zh-CN")).toBe("步幅（高）必须 ≥ 1（收到 0）");
  });

  test("an unknown code or a plain message never vanishes: the code and values, or the text as it is", () => {
    expect(renderProblem({ code: "nobody.knows", values: { a: 1 } }, "zh-CN")).toBe('nobody.knows {"a":1}');
    expect(renderProblem("Failed to fetch", "zh-CN")).toBe("Failed to fetch");
  });
});

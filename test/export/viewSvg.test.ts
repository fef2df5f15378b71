import { describe, expect, test } from "vitest";
import { explore, type ExploreParams } from "../../src/core";
import { viewSvg } from "../../src/export/viewSvg";
import type { Lang } from "../../src/i18n";
import { toExploreParams } from "../../src/params/explorerParams";
import { presetById } from "../../src/presets/presets";
import type { Granularity } from "../../src/model/steps";
import { HIGHLIGHT } from "../../src/format/colors";

function svgOf(explored: ExploreParams, step: number, granularity: Granularity = "scatter", lang: Lang = "en") {
  const exploration = explore(explored);
  const { svg, width, height } = viewSvg({ exploration, explored, step, granularity, lang });
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.querySelector("parsererror")).toBeNull();
  return { doc, svg, width, height };
}

/** The text and rectangle of a cell, by grid, row and column (plane 0). */
function cell(doc: Document, grid: string, r: number, c: number) {
  const at = `[data-grid="${grid}"][data-plane="0"][data-r="${r}"][data-c="${c}"]`;
  return { rect: doc.querySelector(`rect${at}`), text: doc.querySelector(`text${at}`)?.textContent ?? "" };
}

function roles(doc: Document, grid: string, role: string): [number, number][] {
  return [...doc.querySelectorAll(`rect[data-grid="${grid}"][data-role="${role}"]`)]
    .map((el) => [Number(el.getAttribute("data-r")), Number(el.getAttribute("data-c"))] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const seed = toExploreParams(presetById("seed").state.params);
const reverse = toExploreParams(presetById("seedReverse").state.params);

describe("the SVG of the current view", () => {
  test("is a standalone SVG document with its size", () => {
    const { doc, width, height } = svgOf(seed, 3);
    const root = doc.documentElement;
    expect(root.tagName).toBe("svg");
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(Number(root.getAttribute("width"))).toBe(width);
    expect(Number(root.getAttribute("height"))).toBe(height);
    expect(doc.querySelector("image, use, foreignObject")).toBeNull();
  });

  test("the seed at its last step shows 18 and 27 in the output; the bottom-right window is read, y[1,1] written", () => {
    const { doc } = svgOf(seed, 3);
    expect([0, 1].flatMap((r) => [0, 1].map((c) => cell(doc, "output", r, c).text))).toEqual(["18", "27", "18", "27"]);
    expect(roles(doc, "output", "written")).toEqual([[1, 1]]);
    expect(cell(doc, "output", 1, 1).rect?.getAttribute("stroke")).toBe(HIGHLIGHT.written);
    expect(roles(doc, "input", "read")).toEqual([1, 2, 3].flatMap((r) => [1, 2, 3].map((c) => [r, c])));
    for (const [r, c] of roles(doc, "input", "read")) expect(cell(doc, "input", r, c).rect?.getAttribute("stroke")).toBe(HIGHLIGHT.read);
    expect(roles(doc, "kernel", "read")).toHaveLength(9);
    expect(cell(doc, "input", 0, 0).rect?.getAttribute("stroke")).not.toBe(HIGHLIGHT.read);
  });

  test("step 2 of the seed: the top-right window (2 3 4 in each row) gives 27; y[1,·] is not computed yet", () => {
    const { doc } = svgOf(seed, 1);
    expect(roles(doc, "input", "read").map(([r, c]) => cell(doc, "input", r, c).text)).toEqual(["2", "3", "4", "2", "3", "4", "2", "3", "4"]);
    expect(roles(doc, "output", "written")).toEqual([[0, 1]]);
    expect(cell(doc, "output", 0, 1).text).toBe("27");
    expect(cell(doc, "output", 1, 0).text).toBe("");
    expect(cell(doc, "output", 1, 0).rect?.getAttribute("data-pending")).toBe("true");
    expect(cell(doc, "output", 1, 0).rect?.getAttribute("stroke-dasharray")).toBeTruthy();
    expect(doc.documentElement.textContent).toContain("Step 2 of 4: output y[0,1] = 27");
  });

  test("the reverse at its first step: y[0,0] is read, its 3×3 footprint in x′ is written", () => {
    const { doc } = svgOf(reverse, 0);
    expect(roles(doc, "input", "read")).toEqual([[0, 0]]);
    expect(roles(doc, "output", "written")).toEqual([0, 1, 2].flatMap((r) => [0, 1, 2].map((c) => [r, c])));
    expect(cell(doc, "output", 0, 0).text).toBe("18");
    expect(cell(doc, "output", 3, 3).text).toBe("0");
    expect(doc.documentElement.textContent).toContain("input y[0,0] = 18 is scattered into 9 output cells");
  });

  test("the reverse at its end holds the tutorial's 4×4, and a step by multiply-add names its product", () => {
    const end = svgOf(reverse, 3).doc;
    const values = [0, 1, 2, 3].flatMap((r) => [0, 1, 2, 3].map((c) => cell(end, "output", r, c).text));
    expect(values).toEqual(["18", "45", "45", "27", "36", "90", "90", "54", "36", "90", "90", "54", "18", "45", "45", "27"]);
    const mac = svgOf(reverse, 10, "mac").doc; // step 11: y[0,1] = 27 times w[0,1]
    expect(mac.documentElement.textContent).toContain("Step 11 of 36: x′[0,2] += 27 × 1 → 45");
  });

  test("before the first step nothing is highlighted, and the highlight colours appear only as the app's", () => {
    const { doc, svg } = svgOf(seed, -1);
    expect(doc.querySelectorAll("rect[data-role]")).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain("Before the first step");
    const colours = new Set(svg.match(/#[0-9a-f]{6}/gi)?.map((c) => c.toLowerCase()));
    expect(colours.has("#ff0000") || colours.has("#00ff00")).toBe(false);
  });

  test("the legend explains the dashed cell only where output cells start not computed (gather order)", () => {
    expect(svgOf(seed, 0).doc.documentElement.textContent).toContain("not computed yet");
    expect(svgOf(reverse, 0).doc.documentElement.textContent).not.toContain("not computed yet");
    expect(svgOf(reverse, 0, "gather").doc.documentElement.textContent).toContain("not computed yet");
  });

  test("in Chinese, the title, captions and legend are Chinese", () => {
    const { doc } = svgOf(seed, 1, "scatter", "zh-CN");
    const text = doc.documentElement.textContent ?? "";
    expect(text).toContain("卷积 · 4×4 → 2×2, k=3, s=1");
    expect(text).toContain("第 2 步，共 4 步：输出 y[0,1] = 27");
    expect(text).toContain("本步读取");
    expect(text).not.toContain("Step");
  });

  test("several channels: one plane per channel, labelled; the grouped preset draws 4 input, 4 kernel and 2 output planes", () => {
    const grouped = toExploreParams(presetById("grouped").state.params);
    const { doc } = svgOf(grouped, 0);
    const planes = (grid: string) => new Set([...doc.querySelectorAll(`rect[data-grid="${grid}"]`)].map((el) => el.getAttribute("data-plane"))).size;
    expect([planes("input"), planes("kernel"), planes("output")]).toEqual([4, 4, 2]);
    expect(doc.documentElement.textContent).toContain("channel 4");
  });
});

import { describe, expect, test } from "vitest";
import { SCENE_FONT } from "../../src/export/scene";
import type { Scene } from "../../src/export/sceneShapes";
import { sceneSvg } from "../../src/export/svg";

/** jsdom's XML parser: the document must be well-formed SVG, not just text that looks like it. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const scene: Scene = {
  width: 320,
  height: 120,
  background: "#ffffff",
  shapes: [
    { kind: "rect", x: 10, y: 20, w: 30.456, h: 30, r: 4, fill: "#fde4b8", stroke: "#b85c00", strokeWidth: 2.5, cell: { grid: "input", plane: 0, r: 1, c: 2, role: "read" } },
    { kind: "text", x: 25.228, y: 35, text: "18", size: 14, weight: 600, color: "#0f172a", anchor: "middle", cell: { grid: "input", plane: 0, r: 1, c: 2 } },
    { kind: "rect", x: 60, y: 20, w: 30, h: 30, r: 0, fill: null, stroke: "#94a3b8", strokeWidth: 1, dash: [4, 3], cell: { grid: "output", plane: 1, r: 0, c: 0, pending: true } },
    { kind: "text", x: 5, y: 100, text: `x′ <y> & "w" 'k' · 输入`, size: 16, weight: 400, color: "#475569", anchor: "start" },
  ],
};

describe("sceneSvg: a scene as a standalone SVG document", () => {
  const doc = parse(sceneSvg(scene, "Transposed convolution: 2×2 → 4×4 & more"));
  const svg = doc.documentElement;

  test("the root has the scene's size, viewBox and font, and the title is escaped text", () => {
    expect(svg.tagName).toBe("svg");
    expect(svg.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect([svg.getAttribute("width"), svg.getAttribute("height"), svg.getAttribute("viewBox")]).toEqual(["320", "120", "0 0 320 120"]);
    expect(svg.getAttribute("font-family")).toBe(SCENE_FONT);
    expect(doc.getElementsByTagName("title")[0].textContent).toBe("Transposed convolution: 2×2 → 4×4 & more");
  });

  test("the background is a full-size rectangle, then one element per shape in order", () => {
    const [background, ...cells] = Array.from(svg.children).filter((e) => e.tagName !== "title");
    expect(background.getAttribute("width")).toBe("100%");
    expect(background.getAttribute("fill")).toBe("#ffffff");
    expect(cells.map((e) => e.tagName)).toEqual(["rect", "text", "rect", "text"]);
  });

  test("a cell's rectangle carries its grid, plane, row, column and role; coordinates are rounded to 0.01", () => {
    const rect = svg.querySelector('rect[data-grid="input"]')!;
    expect(rect.getAttribute("width")).toBe("30.46");
    expect(rect.getAttribute("rx")).toBe("4");
    expect([rect.getAttribute("data-plane"), rect.getAttribute("data-r"), rect.getAttribute("data-c"), rect.getAttribute("data-role")]).toEqual(["0", "1", "2", "read"]);
    expect([rect.getAttribute("stroke"), rect.getAttribute("stroke-width")]).toEqual(["#b85c00", "2.5"]);
  });

  test("a pending cell is unfilled, dashed and marked pending; a square corner writes no rx", () => {
    const rect = svg.querySelector('rect[data-grid="output"]')!;
    expect(rect.getAttribute("fill")).toBe("none");
    expect(rect.getAttribute("stroke-dasharray")).toBe("4 3");
    expect(rect.getAttribute("data-pending")).toBe("true");
    expect(rect.hasAttribute("rx")).toBe(false);
    expect(rect.hasAttribute("data-role")).toBe(false);
  });

  test("a value's text sits on its cell, centred; free text keeps every character, escaped", () => {
    const value = svg.querySelector('text[data-grid="input"]')!;
    expect(value.textContent).toBe("18");
    expect([value.getAttribute("x"), value.getAttribute("text-anchor"), value.getAttribute("dominant-baseline")]).toEqual(["25.23", "middle", "central"]);
    const texts = Array.from(svg.getElementsByTagName("text"));
    expect(texts[1].textContent).toBe(`x′ <y> & "w" 'k' · 输入`);
    expect(texts[1].hasAttribute("data-grid")).toBe(false);
  });
});

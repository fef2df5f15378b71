import { describe, expect, test } from "vitest";
import { explore } from "../../src/core";
import { sceneOf, textWidth } from "../../src/export/scene";
import type { SceneRect } from "../../src/export/sceneShapes";
import { sceneFrameOf, sceneSpecOf } from "../../src/export/viewScene";
import { seedParams, toExploreParams, withChange } from "../../src/params/explorerParams";
import { presets } from "../../src/presets/presets";

const cellsOf = (shapes: ReturnType<typeof sceneOf>["shapes"]) => shapes.filter((s): s is SceneRect => s.kind === "rect" && Boolean(s.cell));

function sceneFor(p: ReturnType<typeof seedParams>, step: number) {
  const explored = toExploreParams(p);
  const e = explore(explored);
  return sceneOf(sceneSpecOf(e, explored, "scatter", "en"), sceneFrameOf(e, explored, "scatter", step, "en"));
}

describe("the scene layout", () => {
  test("every cell of every grid is drawn once, inside the picture, and no two cells overlap", () => {
    for (const p of presets()) {
      const scene = sceneFor(p.state.params, 0);
      const cells = cellsOf(scene.shapes);
      const q = p.state.params;
      const e = explore(toExploreParams(q));
      expect(cells.length, p.id).toBe(q.input.length + q.weight.length + e.output.data.length);
      for (const c of cells) {
        expect(c.x >= 0 && c.y >= 0 && c.x + c.w <= scene.width && c.y + c.h <= scene.height, p.id).toBe(true);
      }
      const sorted = [...cells].sort((a, b) => a.x - b.x);
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length && sorted[j].x < sorted[i].x + sorted[i].w; j++) {
          const [a, b] = [sorted[i], sorted[j]];
          expect(a.y + a.h <= b.y || b.y + b.h <= a.y, `${p.id}: cells overlap`).toBe(true);
        }
      }
    }
  });

  test("a large configuration shrinks its cells to fit and drops the numbers that would not be legible", () => {
    const big = withChange(seedParams(), { mode: "transposed", inH: 32, inW: 32, kH: 7, kW: 7, stride: [2, 2] });
    const scene = sceneFor(big, 5);
    expect(scene.width).toBeLessThanOrEqual(1240);
    const cells = cellsOf(scene.shapes);
    expect(cells[0].w).toBeLessThan(15);
    expect(scene.shapes.some((s) => s.kind === "text" && s.cell)).toBe(false);
  });

  test("minWidth keeps one size for every frame (what the GIF needs)", () => {
    const explored = toExploreParams(seedParams());
    const e = explore(explored);
    const spec = { ...sceneSpecOf(e, explored, "scatter", "en"), minWidth: 900 };
    const widths = [-1, 0, 3].map((s) => sceneOf(spec, sceneFrameOf(e, explored, "scatter", s, "en")).width);
    expect(widths).toEqual([900, 900, 900]);
  });

  test("text width: a CJK character counts as one em, Latin as about 0.6", () => {
    expect(textWidth("卷积", 10)).toBe(20);
    expect(textWidth("ab", 10)).toBe(12);
  });
});

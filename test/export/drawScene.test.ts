import { describe, expect, test } from "vitest";
import { explore } from "../../src/core";
import { drawScene, type Context2D } from "../../src/export/drawScene";
import { sceneOf } from "../../src/export/scene";
import { sceneFrameOf, sceneSpecOf } from "../../src/export/viewScene";
import { seedParams, toExploreParams } from "../../src/params/explorerParams";
import { HIGHLIGHT } from "../../src/format/colors";

/** A 2D context that records what is painted. */
function recorder() {
  const texts: string[] = [];
  const strokes: string[] = [];
  const ctx = {
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    font: "",
    textAlign: "left",
    textBaseline: "alphabetic",
    setTransform() {},
    fillRect() {},
    beginPath() {},
    roundRect() {},
    rect() {},
    fill() {},
    stroke() {
      strokes.push(String(ctx.strokeStyle));
    },
    setLineDash() {},
    fillText(t: string) {
      texts.push(t);
    },
  };
  return { ctx: ctx as unknown as Context2D, texts, strokes };
}

describe("drawScene (the GIF worker's painter)", () => {
  test("paints the same texts and highlight outlines as the scene holds", () => {
    const explored = toExploreParams(seedParams());
    const e = explore(explored);
    const scene = sceneOf(sceneSpecOf(e, explored, "scatter", "en"), sceneFrameOf(e, explored, "scatter", 1, "en"));
    const { ctx, texts, strokes } = recorder();
    drawScene(ctx, scene, 1);
    expect(texts).toEqual(scene.shapes.flatMap((s) => (s.kind === "text" ? [s.text] : [])));
    expect(texts).toContain("27");
    expect(strokes.filter((s) => s === HIGHLIGHT.read).length).toBeGreaterThanOrEqual(9 + 9); // window and kernel
    expect(strokes).toContain(HIGHLIGHT.written);
  });
});

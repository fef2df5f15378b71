import { describe, expect, test } from "vitest";
import { explore } from "../../../src/core";
import { toExploreParams } from "../../../src/params/explorerParams";
import { linkedTo } from "../../../src/model/focus";
import { layoutOf } from "../../../src/views/frames/layout";
import { momentOf } from "../../../src/model/moment";
import { outputModel } from "../../../src/views/explorer/models";
import { params, values } from "./helpers";

describe("the output plane's model", () => {
  const p = params({ mode: "transposed", inH: 3, inW: 3, input: values(9, 3), weight: values(9, 6), stride: [2, 2] });
  const e = explore(toExploreParams(p));
  const frame = (step: number, focus: number | null) => ({
    e,
    params: p,
    layout: layoutOf(e),
    moment: momentOf(e, "scatter", step),
    linked: linkedTo(e, focus === null ? null : { kind: "input", index: focus }),
    channels: { input: 0, output: 0 },
  });

  test("a hover keeps the step's contribution counts (same arrays), so the grid's labels are not rebuilt", () => {
    const a = outputModel(frame(3, null));
    const b = outputModel(frame(3, 4));
    expect(b.linked).not.toEqual(a.linked);
    expect(b.counts).toBe(a.counts);
    expect(b.totals).toBe(a.totals);
  });

  test("another step counts again: the cells its footprint reaches have one more contribution", () => {
    const a = outputModel(frame(3, null));
    const b = outputModel(frame(4, null));
    expect(b.counts).not.toBe(a.counts);
    const m = momentOf(e, "scatter", 4);
    for (const o of m.outputs) expect(b.counts![o]).toBe(a.counts![o] + 1);
  });
});

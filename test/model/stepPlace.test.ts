import { describe, expect, test } from "vitest";
import { explore } from "../../src/core";
import { placeIn, type StepUnit } from "../../src/model/stepPlace";
import { seedParams, toExploreParams, withChange } from "../../src/params/explorerParams";
import { momentOf } from "../../src/model/moment";
import { stepsOf } from "../../src/model/steps";

const seedConv = explore(toExploreParams(seedParams()));
const reverse = explore(
  toExploreParams(withChange(seedParams(), { mode: "transposed", inH: 2, inW: 2, input: Float64Array.from([18, 27, 18, 27]), stride: [2, 2] })),
);

const place = (e: typeof seedConv, from: StepUnit, to: StepUnit, step: number) =>
  placeIn(e, from, to, step, { from: stepsOf(e, from), to: stepsOf(e, to) });

/** The output cells a moment shows as finished: equal to the final output. */
function finished(e: typeof seedConv, unit: StepUnit, step: number): Set<number> {
  const m = momentOf(e, unit, step);
  const out = new Set<number>();
  m.output.forEach((v, i) => {
    if (v === e.output.data[i]) out.add(i);
  });
  return out;
}

describe("placeIn: changing what a step is keeps the student's place", () => {
  test("before the first step and at the end, every unit agrees", () => {
    expect(place(reverse, "scatter", "gather", -1)).toBe(-1);
    expect(place(reverse, "scatter", "gather", 3)).toBe(24);
    expect(place(reverse, "gather", "mac", 24)).toBe(35);
    expect(place(seedConv, "mac", "gather", 35)).toBe(3);
  });

  test("convolution: output cell n is its 9th multiply-add, and a multiply-add falls back to the last finished cell", () => {
    expect(place(seedConv, "gather", "mac", 0)).toBe(8);
    expect(place(seedConv, "gather", "mac", 1)).toBe(17);
    expect(place(seedConv, "mac", "gather", 17)).toBe(1);
    expect(place(seedConv, "mac", "gather", 16)).toBe(0);
    expect(place(seedConv, "mac", "gather", 7)).toBe(-1);
  });

  test("the reverse at stride 2: input cell n is its 9th product, a product falls back to the last whole input cell", () => {
    expect(place(reverse, "scatter", "mac", 1)).toBe(17);
    expect(place(reverse, "mac", "scatter", 17)).toBe(1);
    expect(place(reverse, "mac", "scatter", 20)).toBe(1);
  });

  test("scatter → gather: the last output cell in gather order whose every contributing input has scattered", () => {
    // after y[0,0] and y[0,1] (rows 0–2 of x′ hold only their contributions), x′ rows 0–1 are whole: 10 cells
    expect(place(reverse, "scatter", "gather", 1)).toBe(9);
    expect(place(reverse, "scatter", "gather", 0)).toBe(1);
  });

  test("gather → scatter: the last input cell whose whole footprint is gathered", () => {
    // x′ rows 0–1 gathered (steps 0–9): y[0,0] and y[0,1] reach row 2 as well, so none is whole yet
    expect(place(reverse, "gather", "scatter", 9)).toBe(-1);
    // rows 0–2 (steps 0–14) hold the whole footprints of the first input row
    expect(place(reverse, "gather", "scatter", 14)).toBe(1);
    expect(place(reverse, "gather", "mac", 14)).toBe(17);
  });

  test("the place it moves to never shows an output cell finished that was not finished before", () => {
    const units: StepUnit[] = ["scatter", "gather", "mac"];
    for (const from of units)
      for (const to of units) {
        if (from === to) continue;
        for (let step = 0; step < stepsOf(reverse, from); step++) {
          const next = place(reverse, from, to, step);
          const before = finished(reverse, from, step);
          for (const o of finished(reverse, to, next)) expect(before.has(o), `${from} ${step} → ${to} ${next}: x′[${o}]`).toBe(true);
        }
      }
  });
});

import * as chromatic from "d3-scale-chromatic";
import { describe, expect, test } from "vitest";
import { interpolateGreys, interpolateRdBu } from "../../src/format/ramps";

describe("the explorer's own ramps", () => {
  test("equal d3-scale-chromatic's interpolateGreys and interpolateRdBu everywhere", () => {
    for (let i = 0; i <= 200; i++) {
      const t = i / 200;
      expect(interpolateGreys(t), `Greys(${t})`).toBe(chromatic.interpolateGreys(t));
      expect(interpolateRdBu(t), `RdBu(${t})`).toBe(chromatic.interpolateRdBu(t));
    }
  });
});

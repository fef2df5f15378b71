import { describe, expect, test } from "vitest";
import { explore, type ExploreParams } from "../../../src/core";
import { translator } from "../../../src/i18n";
import { momentOf } from "../../../src/model/moment";
import { stepCaption } from "../../../src/views/present/stepCaption";
import { SEED_CONV, SEED_REVERSE } from "../../fixtures/seed";

const en = translator("en");
const zh = translator("zh-CN");
const caption = (p: ExploreParams, g: "scatter" | "gather" | "mac", step: number, t = en) => {
  const e = explore(p);
  return stepCaption(t, e, p, momentOf(e, g, step));
};

describe("the spoken step caption", () => {
  test("a conv step writes out its sum: the top-right window gives 27", () => {
    expect(caption(SEED_CONV, "gather", 1)).toBe("y[0,1] = 2·1 + 3·1 + 4·1 + 2·1 … (5 more) = 27");
  });

  test("a single multiply-add reads like the issue's example, named as the grids name it (x → y, y → x′)", () => {
    expect(caption(SEED_CONV, "mac", 10)).toBe("y[0,1] += 3 × 1");
    expect(caption(SEED_REVERSE, "mac", 9)).toBe("x′[0,1] += 27 × 1");
  });

  test("a scatter step names the footprint", () => {
    expect(caption(SEED_REVERSE, "scatter", 1)).toBe(
      "y[0,1] = 27 scatters into 9 cells of x′, rows 0–2, columns 1–3: each += 27 × its weight",
    );
  });

  test("a gather step of the transposed conv sums only the real inputs, not the inserted zeros", () => {
    expect(caption(SEED_REVERSE, "gather", 0)).toBe("x′[0,0] = 18·1 = 18");
    expect(caption(SEED_REVERSE, "gather", 5)).toBe("x′[1,1] = 18·1 + 27·1 + 18·1 + 27·1 = 90");
  });

  test("padding and cropping are said, not hidden", () => {
    const padded = { ...SEED_CONV, padding: [1, 1] as [number, number] };
    expect(caption(padded, "mac", 0)).toBe("y[0,0] += 0 × 1 (padding)");
    const cropped = { ...SEED_REVERSE, padding: [1, 1] as [number, number] };
    expect(caption(cropped, "mac", 0)).toBe("18 × 1 lands at (-1,-1), outside x′: cropped by padding");
  });

  test("before the first step, and in Chinese", () => {
    expect(caption(SEED_CONV, "gather", -1)).toBe("Before the first step. Press Space to play or → to step.");
    expect(caption(SEED_CONV, "mac", 10, zh)).toBe("y[0,1] += 3 × 1");
    expect(caption(SEED_REVERSE, "scatter", 1, zh)).toBe("y[0,1] = 27 散射到 x′ 的 9 个单元（第 0–2 行，第 1–3 列）：每个 += 27 × 对应权重");
  });

  test("channels are named when there are several", () => {
    const twoChannels: ExploreParams = {
      ...SEED_CONV,
      input: { shape: [2, 2, 2], data: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8) },
      weight: { shape: [2, 1, 1, 1], data: Float64Array.of(1, 10) },
      groups: 2,
    };
    expect(caption(twoChannels, "gather", 5)).toBe("y[1,0,1] = 6·10 = 60");
  });
});

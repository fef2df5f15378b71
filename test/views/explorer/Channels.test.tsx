import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { explore } from "../../../src/core";
import { toExploreParams } from "../../../src/params/explorerParams";
import { formatNumber } from "../../../src/format/number";
import { layoutOf } from "../../../src/views/frames/layout";
import { momentOf } from "../../../src/model/moment";
import { clampChannels, followStep } from "../../../src/views/explorer/channels";
import { active, gridText } from "../render";
import { openExplorer, params, values } from "./helpers";

/** conv2d with 2 input channels and 3 output channels, 3×3 → 2×2 with a 2×2 kernel. */
const CHANNELS = params({
  inC: 2,
  inH: 3,
  inW: 3,
  outC: 3,
  kH: 2,
  kW: 2,
  input: values(18, 2),
  weight: values(3 * 2 * 4, 5),
});

function tabs(label: string): HTMLButtonElement[] {
  return within(screen.getByRole("group", { name: label })).getAllByRole("button") as HTMLButtonElement[];
}

function pressed(label: string): string[] {
  return tabs(label)
    .filter((b) => b.getAttribute("aria-pressed") === "true")
    .map((b) => b.textContent ?? "");
}

const rows = (data: ArrayLike<number>, offset: number, h: number, w: number) =>
  Array.from({ length: h }, (_, r) => Array.from({ length: w }, (_, c) => formatNumber(data[offset + r * w + c])));

describe("channels and groups", { timeout: 20_000 }, () => {
  test("each channel is a tab: input channels, output channels and the kernels [o,i] linking them", async () => {
    await openExplorer(CHANNELS);
    expect(tabs("Input channel").map((b) => b.textContent)).toEqual(["0", "1"]);
    expect(tabs("Output channel").map((b) => b.textContent)).toEqual(["0", "1", "2"]);
    expect(tabs("Kernel").map((b) => b.textContent)).toEqual(["[0,0]", "[0,1]", "[1,0]", "[1,1]", "[2,0]", "[2,1]"]);
    expect([pressed("Input channel"), pressed("Output channel"), pressed("Kernel")]).toEqual([["0"], ["0"], ["[0,0]"]]);
    expect(gridText("input")).toEqual(rows(CHANNELS.input, 0, 3, 3));
  });

  test("a tab shows that channel's values; a kernel tab shows its pair of channels", async () => {
    await openExplorer(CHANNELS);
    fireEvent.click(tabs("Input channel")[1]);
    expect(gridText("input")).toEqual(rows(CHANNELS.input, 9, 3, 3));
    expect(gridText("kernel")).toEqual(rows(CHANNELS.weight, 1 * 4, 2, 2)); // weight[0, 1]
    fireEvent.click(tabs("Kernel")[4]); // weight[2, 0]
    expect([pressed("Input channel"), pressed("Output channel")]).toEqual([["0"], ["2"]]);
    expect(gridText("kernel")).toEqual(rows(CHANNELS.weight, 4 * 4, 2, 2));
  });

  test("stepping follows the step's channels, and every view's marks stay those of the shown channel", async () => {
    const { store, e } = await openExplorer(CHANNELS);
    act(() => store.getState().setStep(9)); // output channel 2, cell (0,1)
    expect(pressed("Output channel")).toEqual(["2"]);
    expect(active("output")).toEqual(["0,1"]);
    const m = momentOf(e, "gather", 9);
    const shownInput = Number(pressed("Input channel")[0]);
    const expected = m.inputs.filter((i) => Math.floor(i / 9) === shownInput).map((i) => `${Math.floor((i % 9) / 3)},${i % 3}`);
    expect(active("input")).toEqual(expected.sort());
    const dots = tabs("Input channel").filter((b) => b.dataset.active === "true");
    expect(dots.map((b) => b.textContent)).toEqual(["0", "1"]); // the window reads both input channels
    expect(gridText("output")[0]).toEqual([formatNumber(e.output.data[8]), formatNumber(e.output.data[9])]);
  });

  test("groups: channels in different groups have no kernel between them, and say so", async () => {
    const grouped = params({ inC: 2, inH: 3, inW: 3, outC: 2, groups: 2, kH: 2, kW: 2, input: values(18, 3), weight: values(8, 4) });
    await openExplorer(grouped);
    expect(tabs("Kernel").map((b) => b.textContent)).toEqual(["[0,0]", "[1,0]"]);
    fireEvent.click(tabs("Output channel")[1]);
    expect(screen.getAllByText(/in different groups/).length).toBeGreaterThan(0);
    fireEvent.click(tabs("Kernel")[1]);
    expect([pressed("Input channel"), pressed("Output channel")]).toEqual([["1"], ["1"]]);
    expect(gridText("kernel")).toEqual(rows(grouped.weight, 4, 2, 2));
  });

  test("one channel each: no tabs", async () => {
    await openExplorer(params({}));
    expect(screen.queryByTestId("channel-tabs")).toBeNull();
  });
});

describe("followStep", { timeout: 20_000 }, () => {
  const e = explore(toExploreParams(CHANNELS));
  const l = layoutOf(e);

  test("keeps the shown channels while the step touches them, and returns the same object", () => {
    const c = { input: 1, output: 0 };
    expect(followStep(c, momentOf(e, "gather", 2), l)).toBe(c);
  });

  test("moves a side the step leaves to the first channel the step touches", () => {
    expect(followStep({ input: 0, output: 0 }, momentOf(e, "gather", 5), l)).toEqual({ input: 0, output: 1 });
    expect(followStep({ input: 0, output: 0 }, momentOf(e, "gather", -1), l)).toEqual({ input: 0, output: 0 });
  });

  test("clamps channels that no longer exist", () => {
    expect(clampChannels({ input: 3, output: 7 }, l)).toEqual({ input: 1, output: 2 });
  });
});

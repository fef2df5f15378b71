import { act, screen } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { convOutputSize, convTransposeOutputSize } from "../../../src/core";
import { renderControls, setup } from "./renderControls";

const MATHML = "http://www.w3.org/1998/Math/MathML";

function panel(name = "Output size"): HTMLElement {
  return screen.getByRole("region", { name });
}

/** The axis rows: label, the two formula lines' text (spaces removed), the note and the shown result. */
function rows() {
  return Array.from(panel().querySelectorAll<HTMLElement>(".formula-axis")).map((row) => ({
    label: row.querySelector(".formula-axis-label")?.textContent,
    lines: Array.from(row.querySelectorAll(".formula-run")).map((m) => (m.textContent ?? "").replace(/\s+/g, "")),
    note: row.querySelector(".formula-note")?.textContent,
    result: Number(row.querySelector(".formula-result")?.textContent),
  }));
}

describe("the live formula", () => {
  test("is native MathML", () => {
    renderControls();
    const maths = panel().querySelectorAll("math");
    expect(maths.length).toBeGreaterThanOrEqual(3);
    for (const m of maths) expect(m.namespaceURI).toBe(MATHML);
    expect(panel().querySelector("mfrac")?.namespaceURI).toBe(MATHML);
  });

  test("the seed: one row for both axes, 4 + 2·0 − 1·(3−1) − 1 over 1, giving 2", async () => {
    const { store } = renderControls();
    expect(rows()).toEqual([
      {
        label: "Height and width",
        lines: ["o=⌊4+2⋅0−1⋅(3−1)−11⌋+1", "=⌊11⌋+1=2"],
        note: "With k=3, s=1, p=0, only input 4 gives 2, so the reverse restores this size exactly.",
        result: 2,
      },
    ]);
    await act(() => store.getState().compute());
    expect(store.getState().exploration?.output.shape).toEqual([1, 2, 2]);
  });

  test("transposed k=3, s=2, p=1 from 3: inputs 5 and 6 both give 3, output_padding = 1 picks 6", async () => {
    const { store } = renderControls();
    setup(store, { mode: "transposed", inH: 3, inW: 3, stride: [2, 2], padding: [1, 1], outputPadding: [1, 1] });
    expect(panel().querySelector(".formula-general")?.textContent).toBe("o=(i−1)s−2p+d(k−1)+output_padding+1");
    expect(rows()).toEqual([
      {
        label: "Height and width",
        lines: ["o=(3−1)⋅2−2⋅1+1⋅(3−1)+1+1", "=4−2+2+1+1=6"],
        note: "With k=3, s=2, p=1, conv inputs 5 and 6 both give 3: output_padding = 1 picks 6.",
        result: 6,
      },
    ]);
    await act(() => store.getState().compute());
    expect(store.getState().exploration?.output.shape).toEqual([1, 6, 6]);
    expect(convTransposeOutputSize(3, 3, 2, 1, 1, 1)).toBe(6);

    setup(store, { outputPadding: [0, 0] });
    expect(rows()[0].note).toBe("With k=3, s=2, p=1, conv inputs 5 and 6 both give 3: output_padding = 0 picks 5.");
    expect(rows()[0].result).toBe(5);
  });

  test("conv with unequal axes gets a row per axis, each with its own result and note", async () => {
    const { store } = renderControls();
    setup(store, { inH: 5, inW: 6, stride: [2, 2], padding: [1, 1] });
    const [h, w] = rows();
    expect(h.label).toBe("Height");
    expect(h.lines).toEqual(["oH=⌊5+2⋅1−1⋅(3−1)−12⌋+1", "=⌊42⌋+1=3"]);
    expect(h.note).toBe("With k=3, s=2, p=1, inputs 5 and 6 both give 3: the reverse needs output_padding = 0 to restore 5.");
    expect(w.label).toBe("Width");
    expect(w.lines).toEqual(["oW=⌊6+2⋅1−1⋅(3−1)−12⌋+1", "=⌊52⌋+1=3"]);
    expect(w.note).toBe("With k=3, s=2, p=1, inputs 5 and 6 both give 3: the reverse needs output_padding = 1 to restore 6.");
    await act(() => store.getState().compute());
    expect(store.getState().exploration?.output.shape).toEqual([1, convOutputSize(5, 3, 2, 1, 1), convOutputSize(6, 3, 2, 1, 1)]);
  });

  test("stride 3 lists three sizes; dilation shows in the geometry", () => {
    const { store } = renderControls();
    setup(store, { inH: 9, inW: 9, stride: [3, 3], dilation: [2, 2] });
    expect(rows()[0].note).toBe("With k=3, s=3, p=0, d=2, inputs 8, 9, and 10 all give 2: the reverse needs output_padding = 1 to restore 9.");
  });

  test("DCGAN's k=4, s=2, p=1 doubles 7 to 14", () => {
    const { store } = renderControls();
    setup(store, { mode: "transposed", inH: 7, inW: 7, kH: 4, kW: 4, stride: [2, 2], padding: [1, 1] });
    expect(rows()[0].result).toBe(14);
    expect(rows()[0].lines[1]).toBe("=12−2+3+0+1=14");
  });

  test("output_padding allowed by the dilation alone gives a size the conv does not map back", () => {
    const { store } = renderControls();
    setup(store, { mode: "transposed", inH: 3, inW: 3, dilation: [2, 2], outputPadding: [1, 1] });
    expect(rows()[0].result).toBe(convTransposeOutputSize(3, 3, 1, 0, 2, 1));
    expect(rows()[0].note).toBe(
      "With k=3, s=1, p=0, d=2, the conv maps 7 to 3. output_padding = 1 is allowed (it is below the dilation) but gives 8, which a conv maps to 4, not 3.",
    );
  });

  test("no conv input gives this size when the padding crops everything: the note says so", () => {
    const { store } = renderControls();
    setup(store, { mode: "transposed", inH: 1, inW: 1, kH: 1, kW: 1, padding: [1, 1], dilation: [4, 4], outputPadding: [2, 2] });
    expect(rows()[0].result).toBe(convTransposeOutputSize(1, 1, 1, 1, 4, 2));
    expect(rows()[0].note).toBe(
      "With k=1, s=1, p=1, d=4, no conv input gives 1. output_padding = 2 is allowed (it is below the dilation) and gives 1, which a conv maps to 3.",
    );
  });

  test("in Chinese", () => {
    const { store } = renderControls({ initial: { lang: "zh-CN" } });
    setup(store, { mode: "transposed", inH: 3, inW: 3, stride: [2, 2], padding: [1, 1], outputPadding: [1, 1] });
    expect(screen.getByRole("region", { name: "输出尺寸" })).toBeTruthy();
    const note = screen.getByRole("region", { name: "输出尺寸" }).querySelector(".formula-note")?.textContent;
    expect(note).toBe("当 k=3, s=2, p=1 时，卷积输入 5和6 都得到 3：output_padding = 1 选择 6。");
  });
});

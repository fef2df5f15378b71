import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import type { Exploration } from "../../../src/core";
import { formatNumber } from "../../../src/format/number";
import { momentOf } from "../../../src/model/moment";
import type { Granularity } from "../../../src/model/steps";
import { active, cells, gridText } from "../render";
import { openExplorer, params, planeCells, rc, values } from "./helpers";

/** A transposed conv with inserted zeros, a cropping padding and signed values: 3×3 → 5×5. */
const STRIDED = params({
  mode: "transposed",
  inH: 3,
  inW: 3,
  input: values(9, 4),
  weight: values(9, 9),
  stride: [2, 2],
  padding: [1, 1],
});

function upsampledToInputs(e: Exploration, upsampled: string[]): string[] {
  const zi = e.zeroInsertion!;
  const [, , zW] = zi.upShape;
  return upsampled
    .map((s) => s.split(",").map(Number))
    .map(([r, c]) => zi.upSource[r * zW + c])
    .filter((i) => i >= 0)
    .map((i) => rc(i, 3))
    .sort();
}

function rotatedToKernel(e: Exploration, rotated: string[]): string[] {
  const zi = e.zeroInsertion!;
  return rotated
    .map((s) => s.split(",").map(Number))
    .map(([r, c]) => rc(zi.rotatedFrom[r * 3 + c], 3))
    .sort();
}

function setStep(store: Awaited<ReturnType<typeof openExplorer>>["store"], step: number) {
  act(() => store.getState().setStep(step));
}

describe("the three views agree and move together", { timeout: 20_000 }, () => {
  test("every view shows both its own results and the same output, and the check says the routes agree", async () => {
    const { store, e } = await openExplorer(STRIDED);
    act(() => store.getState().toEnd());
    const expected = Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => formatNumber(e.output.data[r * 5 + c])));
    expect(gridText("output")).toEqual(expected);
    expect(gridText("zero-output")).toEqual(expected);
    const check = screen.getByTestId("agreement");
    expect(check.dataset.agree).toBe("true");
    expect(Number(check.dataset.maxDiff)).toBe(0);
    expect([...check.querySelectorAll("[data-route]")].map((el) => el.getAttribute("data-route"))).toEqual(["scatter", "zeroInsertion", "matrix"]);
  });

  test("the upsampled grid holds the input at every second cell, zeros between and a border of d(k−1)−p = 1", async () => {
    const { e } = await openExplorer(STRIDED);
    const up = cells("upsampled");
    expect(up).toHaveLength(7 * 7);
    const marks = up.map((el) => el.dataset.mark ?? "value");
    expect(marks.filter((m) => m === "value")).toHaveLength(9);
    expect(marks.filter((m) => m === "border")).toHaveLength(49 - 25);
    expect(marks.filter((m) => m === "inserted")).toHaveLength(25 - 9);
    expect(gridText("upsampled")[1][1]).toBe(formatNumber(e.zeroInsertion!.up[8]));
    expect(gridText("upsampled")[1][1]).toBe(formatNumber(STRIDED.input[0]));
  });

  test.each<Granularity>(["scatter", "gather", "mac"])("stepping by %s, every step marks the same cells in every view", async (granularity) => {
    const { store, e } = await openExplorer(STRIDED, { initial: { granularity } });
    const steps = momentOf(e, granularity, 0).steps;
    // every step of the scatter order, a sample of the others (each step re-renders the whole app: ~0.2 s under jsdom)
    const stride = { scatter: 1, gather: 3, mac: 7 }[granularity];
    for (let step = -1; step < steps; step += stride) {
      setStep(store, step);
      const m = momentOf(e, granularity, step);
      expect(active("input"), `step ${step}`).toEqual(planeCells(m.inputs, 9, 3));
      expect(active("output")).toEqual(planeCells(m.outputs, 25, 5));
      expect(active("zero-output")).toEqual(active("output"));
      expect(gridText("zero-output")).toEqual(gridText("output"));
      expect(active("upsampled")).toEqual(planeCells(m.upsampled, 49, 7));
      // the upsampled input cells that take part are the scatter view's input cells
      expect(upsampledToInputs(e, active("upsampled"))).toEqual(active("input"));
      if (granularity === "gather") {
        // a plain convolution reads its whole window: all 9 rotated weights
        expect(active("rotated")).toHaveLength(step < 0 ? 0 : 9);
      } else {
        expect(rotatedToKernel(e, active("rotated"))).toEqual(active("kernel"));
      }
      expect(active("kernel")).toEqual(planeCells(m.kernel, 9, 3));
      expect(gridText("output").flat()).toEqual(Array.from(m.output, formatNumber));
    }
  }, 30_000);

  test("the zero-insertion counter counts the emulation's multiplications as it steps by output cell", async () => {
    const { store, e } = await openExplorer(STRIDED, { initial: { granularity: "gather" } });
    const zi = e.zeroInsertion!;
    const counter = () => screen.getByTestId("waste").dataset;
    expect([counter().useful, counter().inserted, counter().border]).toEqual(["0", "0", "0"]);
    setStep(store, 0);
    const first = { useful: 0, inserted: 0, border: 0 };
    for (let t = 0; t < 9; t++) {
      const kind = zi.upKind[zi.window.tapInput[t]];
      if (kind === 0) first.useful++;
      else if (kind === 1) first.inserted++;
      else first.border++;
    }
    expect([counter().useful, counter().inserted, counter().border]).toEqual([first.useful, first.inserted, first.border].map(String));
    act(() => store.getState().toEnd());
    expect([counter().useful, counter().inserted, counter().border]).toEqual([zi.useful, zi.insertedZero, zi.borderZero].map(String));
    expect(zi.insertedZero + zi.borderZero).toBeGreaterThan(zi.useful);
  });

  test("padding beyond d(k−1) crops the upsampled input instead of padding it, and the routes still agree", async () => {
    const { e } = await openExplorer(params({ mode: "transposed", input: values(16, 3), stride: [2, 2], padding: [3, 3] }));
    expect(e.zeroInsertion!.border.top).toBe(-1);
    expect(cells("upsampled")).toHaveLength(5 * 5); // 7×7 zero-inserted, minus one on every side
    expect(cells("upsampled").some((el) => el.dataset.mark === "border")).toBe(false);
    expect(document.querySelector('[data-view="zero"] .view-lead')?.textContent).toMatch(/crop 1 from every side/);
    expect(screen.getByTestId("agreement").dataset.agree).toBe("true");
  });

  test("stepping by input cell, the counter shows the whole run's cost instead", async () => {
    const { e } = await openExplorer(STRIDED);
    const zi = e.zeroInsertion!;
    expect(screen.getByTestId("waste").dataset.useful).toBe(String(zi.useful));
    expect(screen.getByTestId("waste").textContent).toMatch(/in all/);
  });

  test("a cropped contribution is drawn as a ghost in the step's block", async () => {
    const { store } = await openExplorer(STRIDED);
    setStep(store, 0); // y[0,0] at the corner: padding 1 crops its top row and left column
    const ghosts = cells("contribution").filter((el) => el.dataset.mark === "cropped");
    expect(ghosts.map((el) => `${el.dataset.r},${el.dataset.c}`).sort()).toEqual(["0,0", "0,1", "0,2", "1,0", "2,0"]);
    expect(screen.getByTestId("step-panel").textContent).toMatch(/5 cropped by padding/);
  });
});

describe("which views are shown", { timeout: 20_000 }, () => {
  test("each view can be shown alone, side by side with the others, and the last one stays", async () => {
    const { store } = await openExplorer(STRIDED);
    const shown = () => [...document.querySelectorAll("[data-view]")].map((el) => el.getAttribute("data-view"));
    expect(shown()).toEqual(["scatter", "zero"]); // the matrix view draws itself (an empty stub takes no card)
    fireEvent.click(screen.getByRole("button", { name: /Scatter-add/ }));
    expect(shown()).toEqual(["zero"]);
    expect(store.getState().views).toEqual(["zero", "matrix"]);
    fireEvent.click(screen.getByRole("button", { name: /Matrix/ }));
    fireEvent.click(screen.getByRole("button", { name: /Zero-insertion/ }));
    expect(store.getState().views).toEqual(["zero"]);
    expect(shown()).toEqual(["zero"]);
    fireEvent.click(screen.getByRole("button", { name: /Scatter-add/ }));
    expect(shown()).toEqual(["scatter", "zero"]);
  });

  test("in conv mode the scatter view is the sliding window and zero-insertion is offered only for the transposed direction", async () => {
    await openExplorer(params({}));
    const zero = screen.getByRole("button", { name: /Zero-insertion/ });
    expect(zero.hasAttribute("disabled")).toBe(true);
    expect(zero.getAttribute("title")).toMatch(/switch the direction/);
    expect(screen.getByRole("button", { name: /Sliding window/ }).getAttribute("aria-pressed")).toBe("true");
    expect(document.querySelector('[data-view="zero"]')).toBeNull();
    expect(screen.getByTestId("agreement").dataset.agree).toBe("true");
  });

  test("the step written out moves to the zero-insertion view when stepping by output cell", async () => {
    const { store } = await openExplorer(STRIDED);
    setStep(store, 0);
    expect(document.querySelector('[data-view="scatter"] [data-testid="step-panel"]')).not.toBeNull();
    act(() => store.getState().setGranularity("gather"));
    setStep(store, 0);
    const panel = document.querySelector<HTMLElement>('[data-view="zero"] [data-testid="step-panel"]');
    expect(panel?.textContent).toMatch(/zero-insertion window/);
    await waitFor(() => expect(document.querySelectorAll('[data-testid="sum-equation"] [data-kind="border"]').length).toBeGreaterThan(0));
  });
});

import { act, fireEvent, render } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { linkedTo, type Focus } from "../../../src/model/focus";
import { Grid } from "../../../src/views/grid/Grid";
import { active, cells } from "../render";
import { cellAt, linked, openExplorer, params, planeCells, rc, values } from "./helpers";

/** A transposed conv whose links are not all the same shape: 3×3 → 5×5 at stride 2, padding 1. */
const STRIDED = params({
  mode: "transposed",
  inH: 3,
  inW: 3,
  input: values(9, 4),
  weight: values(9, 9),
  stride: [2, 2],
  padding: [1, 1],
});

function hover(grid: string, r: number, c: number) {
  fireEvent.mouseEnter(cellAt(grid, r, c).parentElement!);
}

describe("hover maps both ways, in every view, exactly as linkedTo says", { timeout: 20_000 }, () => {
  test("an input cell: every output it reaches (in both output grids), the weights used, its upsampled cell", async () => {
    const { store, e } = await openExplorer(STRIDED);
    for (const [r, c] of [[0, 0], [1, 1], [2, 1]]) {
      hover("input", r, c);
      const focus: Focus = { kind: "input", index: r * 3 + c };
      expect(store.getState().focus).toEqual(focus);
      const l = linkedTo(e, focus);
      expect(linked("output")).toEqual(planeCells(l.outputs, 25, 5));
      expect(linked("zero-output")).toEqual(linked("output"));
      expect(linked("kernel")).toEqual(planeCells(l.kernel, 9, 3));
      expect(linked("input")).toEqual([rc(r * 3 + c, 3)]);
      expect(linked("upsampled")).toEqual(planeCells(l.upsampled, 49, 7));
      expect(linked("upsampled")).toEqual([`${2 * r + 1},${2 * c + 1}`]);
    }
    expect(active("input")).toEqual([]); // hovering never changes what the step marks
  });

  test("an output cell: its receptive field through the transposed conv, and its whole zero-insertion window", async () => {
    const { e } = await openExplorer(STRIDED);
    for (const grid of ["output", "zero-output"]) {
      hover(grid, 2, 3);
      const l = linkedTo(e, { kind: "output", index: 2 * 5 + 3 });
      expect(linked("input")).toEqual(planeCells(l.inputs, 9, 3));
      expect(linked("input").length).toBeGreaterThan(0);
      expect(linked("kernel")).toEqual(planeCells(l.kernel, 9, 3));
      expect(linked("upsampled")).toHaveLength(9); // the 3×3 window, zeros included
      expect(linked("upsampled")).toEqual(planeCells(l.upsampled, 49, 7));
      expect(linked("output")).toEqual(["2,3"]);
    }
  });

  test("a kernel weight: every input→output pair it links, the same weight in the rotated kernel", async () => {
    const { e } = await openExplorer(STRIDED);
    hover("kernel", 0, 1);
    const l = linkedTo(e, { kind: "kernel", index: 1 });
    expect(linked("input")).toEqual(planeCells(l.inputs, 9, 3));
    expect(linked("output")).toEqual(planeCells(l.outputs, 25, 5));
    expect(l.entries.length).toBe(l.inputs.size); // one pair per input it touches
    const rotated = e.zeroInsertion!.rotatedFrom.indexOf(1);
    expect(linked("rotated")).toEqual([rc(rotated, 3)]);
    expect(rotated).toBe(7); // w[0,1] sits at [2,1] once rotated 180°
  });

  test("the zero-insertion view's own cells map back: an upsampled value to its input, a rotated weight to its weight", async () => {
    const { store, e } = await openExplorer(STRIDED);
    hover("upsampled", 3, 5); // y[1,2]
    expect(store.getState().focus).toEqual({ kind: "input", index: 5 });
    expect(linked("output")).toEqual(planeCells(linkedTo(e, { kind: "input", index: 5 }).outputs, 25, 5));
    hover("upsampled", 2, 2); // an inserted zero links nothing
    expect(store.getState().focus).toBeNull();
    expect(linked("output")).toEqual([]);
    hover("rotated", 2, 1);
    expect(store.getState().focus).toEqual({ kind: "kernel", index: 1 });
    expect(linked("kernel")).toEqual(["0,1"]);
  });

  test("leaving a grid clears the links everywhere", async () => {
    const { store } = await openExplorer(STRIDED);
    hover("output", 1, 1);
    expect(linked("input").length).toBeGreaterThan(0);
    fireEvent.mouseLeave(cellAt("output", 1, 1).closest('[role="grid"]')!);
    expect(store.getState().focus).toBeNull();
    for (const grid of ["input", "kernel", "output", "upsampled", "rotated", "zero-output"]) expect(linked(grid)).toEqual([]);
  });

  test("with the flip on, marks and links land on the stored (editable) weights at their flipped positions", async () => {
    const { store } = await openExplorer({ ...STRIDED, flip: true });
    hover("kernel", 0, 0); // the stored w[0,0] is what the core multiplies as w[2,2]
    expect(store.getState().focus).toEqual({ kind: "kernel", index: 8 });
    expect(linked("kernel")).toEqual(["0,0"]);
  });
});

describe("keyboard focus does what hover does", { timeout: 20_000 }, () => {
  test("Tab lands on one cell of a grid, arrows move inside it (not the step), and the links follow", async () => {
    const { store, e } = await openExplorer(STRIDED);
    const tabbable = cells("output").map((el) => el.parentElement!).filter((slot) => slot.tabIndex === 0);
    expect(tabbable).toHaveLength(1); // a roving tabindex: one stop per grid
    const first = tabbable[0];
    act(() => first.focus());
    expect(store.getState().focus).toEqual({ kind: "output", index: 0 });
    fireEvent.keyDown(first, { key: "ArrowRight" });
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(cellAt("output", 1, 1).parentElement);
    expect(store.getState().focus).toEqual({ kind: "output", index: 6 });
    expect(store.getState().step).toBe(-1); // the player's → did not fire
    expect(linked("input")).toEqual(planeCells(linkedTo(e, { kind: "output", index: 6 }).inputs, 9, 3));
    expect(cellAt("output", 1, 1).parentElement!.tabIndex).toBe(0);
    expect(cellAt("output", 0, 0).parentElement!.tabIndex).toBe(-1);
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" }); // stops at the edge
    expect(store.getState().focus).toEqual({ kind: "output", index: 1 });
    act(() => (document.activeElement as HTMLElement).blur());
    expect(store.getState().focus).toBeNull();
  });

  test("Enter and a click ask to edit the focused cell; arrows in an open editor are left to it", () => {
    const activate = vi.fn();
    const hover = vi.fn();
    render(
      <Grid
        name="input"
        caption="x"
        ariaLabel="x"
        rows={2}
        cols={2}
        cell={() => ({ text: "1", aria: "x" })}
        onHover={hover}
        onCellActivate={activate}
        editor={{ r: 1, c: 1, node: <input aria-label="editing" /> }}
      />,
    );
    const slot = cellAt("input", 0, 1).parentElement!;
    fireEvent.keyDown(slot, { key: "Enter" });
    expect(activate).toHaveBeenLastCalledWith(0, 1);
    fireEvent.click(cellAt("input", 1, 0));
    expect(activate).toHaveBeenLastCalledWith(1, 0);
    const editor = document.querySelector<HTMLInputElement>('input[aria-label="editing"]')!;
    const calls = hover.mock.calls.length;
    fireEvent.keyDown(editor, { key: "ArrowLeft" });
    expect(hover.mock.calls.length).toBe(calls);
    expect(activate).toHaveBeenCalledTimes(2);
  });
});

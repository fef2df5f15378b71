import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { createAppStore, StoreProvider, type AppState, type AppStore, type AppStoreOptions } from "../../../src/store";
import { MatrixView } from "../../../src/views/matrix/MatrixView";
import { active, cells } from "../render";

/** <MatrixView/> alone on a fresh store, after the first compute (main thread under jsdom). */
async function renderMatrix(options: AppStoreOptions = {}): Promise<AppStore> {
  const store = createAppStore(options);
  await store.getState().compute();
  render(
    <StoreProvider store={store}>
      <MatrixView />
    </StoreProvider>,
  );
  return store;
}

async function reverse(store: AppStore): Promise<void> {
  await act(async () => {
    await store.getState().setMode("transposed");
    await store.getState().compute();
  });
}

const set = (store: AppStore, patch: Partial<AppState>) => act(() => store.setState(patch));
const stored = () => cells("matrix").filter((el) => el.textContent !== "");
const structural = () => cells("matrix").filter((el) => el.textContent === "");
const cell = (grid: string, r: number, c: number) => document.querySelector<HTMLElement>(`[data-grid="${grid}"][data-r="${r}"][data-c="${c}"]`)!;
const linked = (grid: string) =>
  cells(grid)
    .filter((el) => el.dataset.linked === "true")
    .map((el) => `${el.dataset.r},${el.dataset.c}`)
    .sort();
/** The bands over the matrix: "row 1" (the step's row), "col 1" (its column), "focus 5" (the focus's line). */
const bands = () => Array.from(document.querySelectorAll<HTMLElement>(".mx-band"), (el) => `${el.dataset.band} ${el.dataset.i}`);
const rowOf = (r: number, cols: number) => Array.from({ length: cols }, (_, c) => `${r},${c}`);
const WINDOW_TOP_RIGHT = [1, 2, 3, 5, 6, 7, 9, 10, 11];

describe("the matrix view, convolution: C · vec(x) = vec(y)", () => {
  test("the seed's C is 4×16 with 36 stored entries, each named by its weight; the 28 others are structural zeros", async () => {
    await renderMatrix();
    expect(screen.getByRole("img", { name: /^C times vec\(x\) equals vec\(y\); C has 4 rows and 16 columns/ })).toBeTruthy();
    expect(cells("matrix")).toHaveLength(64);
    expect(stored()).toHaveLength(36);
    expect(structural()).toHaveLength(28);
    expect(structural().every((el) => el.dataset.kind === "zero")).toBe(true);
    // Row 0 (y[0,0]) reads the top-left window: x[0,0..2], x[1,0..2], x[2,0..2] with w₀₀ … w₂₂.
    expect(rowOf(0, 16).map((rc) => cell("matrix", ...(rc.split(",").map(Number) as [number, number])).textContent)).toEqual([
      "w₀₀", "w₀₁", "w₀₂", "", "w₁₀", "w₁₁", "w₁₂", "", "w₂₀", "w₂₁", "w₂₂", "", "", "", "", "",
    ]);
    expect(cells("vec-in").map((el) => el.textContent)).toEqual("1 2 3 4 1 2 3 4 1 2 3 4 1 2 3 4".split(" "));
    expect(cells("vec-out").map((el) => el.textContent)).toEqual(["", "", "", ""]);
    expect(cells("vec-in").every((el) => el.dataset.c === "0")).toBe(true);
  });

  test("values mode shows each entry's weight value instead of its name", async () => {
    await renderMatrix();
    fireEvent.click(screen.getByRole("button", { name: "values" }));
    expect(stored()).toHaveLength(36);
    expect(stored().every((el) => el.textContent === "1")).toBe(true);
  });

  test("step 1 (the top-right 27) highlights row 1's 9 entries, the window's inputs, and writes 27 into vec(y)[1]", async () => {
    const store = await renderMatrix();
    set(store, { step: 1 });
    const expected = WINDOW_TOP_RIGHT.map((c) => `1,${c}`).sort();
    expect(active("matrix")).toEqual(expected);
    expect(active("vec-in")).toEqual(WINDOW_TOP_RIGHT.map((c) => `${c},0`).sort());
    expect(active("vec-out")).toEqual(["1,0"]);
    expect(cells("vec-out").map((el) => el.textContent)).toEqual(["18", "27", "", ""]);
    expect(bands()).toEqual(["row 1"]);
  });

  test("one multiply-add highlights one entry", async () => {
    const store = await renderMatrix({ initial: { granularity: "mac" } });
    set(store, { step: 10 }); // step 1's second tap: x[0,2] · w[0,1]
    expect(active("matrix")).toEqual(["1,2"]);
    expect(cells("vec-out")[1].textContent).toBe("5");
  });

  test("at the end vec(y) equals the computed output", async () => {
    const store = await renderMatrix();
    set(store, { step: 3 });
    const out = store.getState().exploration!.output.data;
    expect(cells("vec-out").map((el) => Number(el.textContent))).toEqual(Array.from(out));
    expect(Array.from(out)).toEqual([18, 27, 18, 27]);
  });
});

describe("the matrix view, transposed: Cᵀ · vec(y) = vec(x′)", () => {
  test("the reverse shows Cᵀ, 16×4, with the same 36 entries", async () => {
    const store = await renderMatrix();
    await reverse(store);
    expect(screen.getByRole("img", { name: /^Cᵀ times vec\(y\) equals vec\(x′\); Cᵀ has 16 rows and 4 columns/ })).toBeTruthy();
    expect(cells("matrix")).toHaveLength(64);
    expect(stored()).toHaveLength(36);
    expect(cells("vec-in").map((el) => el.textContent)).toEqual(["18", "27", "18", "27"]);
    expect(cells("vec-out")).toHaveLength(16);
    // Before the first step the scatter output holds its initial zeros.
    expect(cells("vec-out").every((el) => el.textContent === "0")).toBe(true);
  });

  test("scatter step 1 highlights column 1's 9 entries and adds 27 into their 9 rows", async () => {
    const store = await renderMatrix();
    await reverse(store);
    set(store, { step: 1 });
    expect(active("matrix")).toEqual(WINDOW_TOP_RIGHT.map((r) => `${r},1`).sort());
    expect(active("vec-in")).toEqual(["1,0"]);
    expect(active("vec-out")).toEqual(WINDOW_TOP_RIGHT.map((r) => `${r},0`).sort());
    expect(cells("vec-out").slice(0, 4).map((el) => el.textContent)).toEqual(["18", "45", "45", "27"]);
    expect(bands()).toEqual(["col 1"]);
    expect(screen.getByRole("columnheader", { name: "y[0,1]" }).dataset.band).toBe("col");
  });

  test("a single multiply-add highlights one entry of Cᵀ", async () => {
    const store = await renderMatrix({ initial: { granularity: "mac" } });
    await reverse(store);
    act(() => store.getState().setGranularity("mac"));
    set(store, { step: 9 });
    expect(active("matrix")).toEqual(["1,1"]);
  });

  test("at the end vec(x′) equals the computed output [[18,45,45,27],[36,90,90,54],…]", async () => {
    const store = await renderMatrix();
    await reverse(store);
    act(() => store.getState().toEnd());
    const out = store.getState().exploration!.output.data;
    expect(cells("vec-out").map((el) => Number(el.textContent))).toEqual(Array.from(out));
    expect(Array.from(out)).toEqual([18, 45, 45, 27, 36, 90, 90, 54, 36, 90, 90, 54, 18, 45, 45, 27]);
  });
});

describe("linking, both ways", () => {
  test("pointing at a row label focuses that output cell, a column label that input cell", async () => {
    const store = await renderMatrix();
    fireEvent.mouseOver(screen.getByRole("rowheader", { name: "Row 1: output y[0,1]" }));
    expect(store.getState().focus).toEqual({ kind: "output", index: 1 });
    fireEvent.mouseOver(screen.getByRole("columnheader", { name: "x[0,2]" }));
    expect(store.getState().focus).toEqual({ kind: "input", index: 2 });
    fireEvent.mouseOver(cell("vec-out", 3, 0));
    expect(store.getState().focus).toEqual({ kind: "output", index: 3 });
  });

  test("pointing at an entry focuses its kernel weight, and every entry carrying it lights up", async () => {
    const store = await renderMatrix();
    fireEvent.mouseOver(cell("matrix", 1, 2)); // y[0,1] ← x[0,2] through w[0,1]
    expect(store.getState().focus).toEqual({ kind: "kernel", index: 1 });
    expect(linked("matrix")).toEqual(["0,1", "1,2", "2,5", "3,6"]);
  });

  test("a structural zero focuses nothing, and leaving the matrix clears only the focus it set", async () => {
    const store = await renderMatrix();
    fireEvent.mouseOver(cell("matrix", 0, 1));
    expect(store.getState().focus).not.toBeNull();
    fireEvent.mouseOver(cell("matrix", 0, 3));
    expect(store.getState().focus).toBeNull();
    fireEvent.mouseOver(cell("matrix", 0, 1));
    fireEvent.mouseLeave(document.querySelector(".mx-table")!);
    expect(store.getState().focus).toBeNull();
    set(store, { focus: { kind: "input", index: 5 } });
    fireEvent.mouseLeave(document.querySelector(".mx-table")!);
    expect(store.getState().focus).toEqual({ kind: "input", index: 5 });
  });

  test("a focused input cell (set by a grid) highlights its column's entries and the rows they reach", async () => {
    const store = await renderMatrix();
    set(store, { focus: { kind: "input", index: 5 } }); // x[1,1] is in every 3×3 window of the 4×4 input
    expect(linked("matrix")).toEqual(["0,5", "1,5", "2,5", "3,5"]);
    expect(linked("vec-in")).toEqual(["5,0"]);
    expect(linked("vec-out")).toEqual(["0,0", "1,0", "2,0", "3,0"]);
    expect(bands()).toEqual(["focus 5"]);
  });

  test("a focused output cell highlights its row (its receptive field)", async () => {
    const store = await renderMatrix();
    set(store, { focus: { kind: "output", index: 1 } });
    expect(linked("matrix")).toEqual(WINDOW_TOP_RIGHT.map((c) => `1,${c}`).sort());
    expect(linked("vec-in")).toEqual(WINDOW_TOP_RIGHT.map((c) => `${c},0`).sort());
    expect(bands()).toEqual(["focus 1"]);
  });

  test("arrow keys move a cursor through the matrix, and keyboard focus links like hover", async () => {
    const store = await renderMatrix();
    const first = cell("matrix", 0, 0);
    act(() => first.focus());
    expect(store.getState().focus).toEqual({ kind: "kernel", index: 0 });
    fireEvent.keyDown(first, { key: "ArrowRight" });
    expect(document.activeElement).toBe(cell("matrix", 0, 1));
    expect(store.getState().focus).toEqual({ kind: "kernel", index: 1 });
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(cell("vec-in", 1, 0));
    expect(store.getState().focus).toEqual({ kind: "input", index: 1 });
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement).toBe(cell("vec-in", 15, 0));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement).toBe(cell("vec-out", 0, 0));
    expect(store.getState().focus).toEqual({ kind: "output", index: 0 });
  });
});

describe("both languages", () => {
  test("the Chinese interface labels the matrix and its cells in Chinese", async () => {
    await renderMatrix({ initial: { lang: "zh-CN" } });
    expect(screen.getByRole("heading", { name: "矩阵视角" })).toBeTruthy();
    expect(screen.getByRole("img", { name: /^C 乘以 vec\(x\) 等于 vec\(y\)；C 有 4 行、16 列/ })).toBeTruthy();
    expect(cell("matrix", 0, 3).getAttribute("aria-label")).toBe("第 0 行第 3 列：结构性零元");
  });
});

describe("large matrices draw to a canvas", () => {
  test("a 32×32 input, 5×5 kernel, stride 2, reversed, renders Cᵀ (1,024×196, output_padding restoring 32×32) on a canvas instead of DOM cells", async () => {
    const store = createAppStore();
    await act(async () => {
      store.getState().setParams({ inH: 32, inW: 32, kH: 5, kW: 5, stride: [2, 2] });
      await store.getState().compute();
      await store.getState().setMode("transposed");
      await store.getState().compute();
    });
    const m = store.getState().exploration!.matrix;
    expect([m.rows, m.cols]).toEqual([1024, 196]);
    render(
      <StoreProvider store={store}>
        <MatrixView />
      </StoreProvider>,
    );
    expect(cells("matrix")).toHaveLength(0);
    expect(cells("vec-in")).toHaveLength(0);
    expect(document.querySelector("canvas.mx-canvas")).toBeTruthy();
    expect(document.querySelector(".matrix-view")!.getAttribute("data-renderer")).toBe("canvas");
    const region = screen.getByRole("region", { name: /^Matrix Cᵀ, 1024 rows by 196 columns, 4900 stored entries/ });
    // Keys pan and zoom without reaching the player (jsdom has no 2D context: nothing draws, nothing throws).
    for (const key of ["ArrowDown", "+", "-", "0"]) {
      const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
      act(() => {
        region.dispatchEvent(e);
      });
      expect(e.defaultPrevented, key).toBe(true);
    }
    set(store, { step: 5 });
    expect(screen.getByText(/^Column 5 times/)).toBeTruthy();
  });
});

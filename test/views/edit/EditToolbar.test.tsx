import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { fill } from "../../../src/core";
import { seedParams } from "../../../src/params/explorerParams";
import { EditToolbar } from "../../../src/views/edit/EditToolbar";
import { EditableGrid, gridText, renderWithStore } from "./harness";

const SEED_ROW = ["1", "2", "3", "4"];

function toolbar(grid: "input" | "kernel"): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-edit-grid="${grid}"]`);
  if (!el) throw new Error(`no ${grid} toolbar`);
  return el;
}

function openPaste(grid: "input" | "kernel", text: string) {
  const bar = within(toolbar(grid));
  if (!bar.queryByRole("textbox", { name: /Matrix to paste/ })) fireEvent.click(bar.getByRole("button", { name: "Paste a matrix…" }));
  fireEvent.change(bar.getByRole("textbox", { name: /Matrix to paste/ }), { target: { value: text } });
}

function submitPaste(grid: "input" | "kernel") {
  fireEvent.click(within(toolbar(grid)).getByRole("button", { name: grid === "input" ? "Paste into x" : "Paste into w" }));
}

function renderEditing(options: Parameters<typeof renderWithStore>[1] = {}) {
  return renderWithStore(
    <>
      <EditableGrid grid="input" />
      <EditableGrid grid="kernel" />
      <EditToolbar grid="input" />
      <EditToolbar grid="kernel" />
    </>,
    options,
  );
}

describe("pasting a matrix", () => {
  test.each([
    ["whitespace rows", "5 6 7 8\n5 6 7 8\n5 6 7 8\n5 6 7 8"],
    ["comma rows with ;", "5,6,7,8; 5,6,7,8; 5,6,7,8; 5,6,7,8"],
    ["JSON", "[[5, 6, 7, 8], [5, 6, 7, 8], [5, 6, 7, 8], [5, 6, 7, 8]]"],
    ["a NumPy printout", "array([[5., 6., 7., 8.],\n       [5., 6., 7., 8.],\n       [5., 6., 7., 8.],\n       [5., 6., 7., 8.]])"],
    ["a PyTorch printout", "tensor([[[[5., 6., 7., 8.],\n          [5., 6., 7., 8.],\n          [5., 6., 7., 8.],\n          [5., 6., 7., 8.]]]], dtype=torch.float64)"],
  ])("%s of the right size replace the input", (_, text) => {
    const { store } = renderEditing();
    openPaste("input", text);
    submitPaste("input");
    expect(gridText("input")).toEqual(new Array(4).fill(["5", "6", "7", "8"]));
    expect(within(toolbar("input")).getByRole("status").textContent).toBe("Pasted 4×4 values into x.");
    expect(within(toolbar("input")).queryByRole("textbox", { name: /Matrix to paste/ })).toBeNull();
    expect(store.getState().paramsProblem).toBeNull();
  });

  test("in Chinese, the parser's reason is Chinese too", () => {
    renderEditing({ initial: { lang: "zh-CN" } });
    const bar = within(toolbar("input"));
    fireEvent.click(bar.getByRole("button", { name: "粘贴矩阵…" }));
    fireEvent.change(bar.getByRole("textbox", { name: /要粘贴到 x 的矩阵/ }), { target: { value: "1 2 3\n4 five 6" } });
    fireEvent.click(bar.getByRole("button", { name: "粘贴到 x" }));
    expect(screen.getByRole("alert").textContent).toBe("无法读取：第 2 行第 2 个值：“five”不是数字。数值保持不变。");
  });

  test("junk is refused with what is wrong, and the values stay", () => {
    const { store } = renderEditing();
    const before = store.getState().params;
    openPaste("input", "1 2 3\n4 five 6");
    submitPaste("input");
    expect(screen.getByRole("alert").textContent).toBe("Cannot read this: row 2, value 2: “five” is not a number. The values are unchanged.");
    expect(store.getState().params).toBe(before);
    expect(gridText("input")).toEqual([SEED_ROW, SEED_ROW, SEED_ROW, SEED_ROW]);
  });

  test("ragged rows are refused with the row that differs", () => {
    renderEditing();
    openPaste("kernel", "1 2 3\n4 5");
    submitPaste("kernel");
    expect(screen.getByRole("alert").textContent).toMatch(/rows must be the same length: row 1 has 3 values, row 2 has 2/);
  });

  test("a matrix of another size offers to resize; resizing pastes it whole", () => {
    const { store } = renderEditing();
    openPaste("input", "1 2 3 4 5 6\n".repeat(5));
    submitPaste("input");
    const bar = within(toolbar("input"));
    expect(bar.getByText("This matrix is 5×6, but x is 4×4.")).toBeTruthy();
    fireEvent.click(bar.getByRole("button", { name: "Resize the input to 5×6 and paste" }));
    const p = store.getState().params;
    expect([p.inH, p.inW]).toEqual([5, 6]);
    expect(gridText("input")).toEqual(new Array(5).fill(["1", "2", "3", "4", "5", "6"]));
  });

  test("a smaller matrix can go into the top-left part, keeping the rest", () => {
    const { store } = renderEditing();
    openPaste("input", "9 9\n9 9");
    submitPaste("input");
    fireEvent.click(within(toolbar("input")).getByRole("button", { name: "Paste into the top-left part" }));
    expect(store.getState().params.inH).toBe(4);
    expect(gridText("input")).toEqual([["9", "9", "3", "4"], ["9", "9", "3", "4"], SEED_ROW, SEED_ROW]);
  });

  test("a larger matrix can be clipped to its top-left part", () => {
    renderEditing();
    openPaste("kernel", "1 2 3 4\n5 6 7 8\n9 10 11 12\n13 14 15 16");
    submitPaste("kernel");
    fireEvent.click(within(toolbar("kernel")).getByRole("button", { name: "Paste its top-left 3×3 part" }));
    expect(gridText("kernel")).toEqual([["1", "2", "3"], ["5", "6", "7"], ["9", "10", "11"]]);
  });

  test("a resize the rules refuse is disabled, with the reason", () => {
    const { store } = renderEditing();
    const before = store.getState().params;
    openPaste("kernel", "1 1 1 1 1\n".repeat(5));
    submitPaste("kernel");
    const bar = within(toolbar("kernel"));
    const resize = bar.getByRole("button", { name: "Resize the kernel to 5×5 and paste" }) as HTMLButtonElement;
    expect(resize.disabled).toBe(true);
    expect(bar.getByText(/^Resizing is not possible: /)).toBeTruthy();
    expect(store.getState().params).toBe(before);
  });

  test("the kernel resizes through kH and kW", () => {
    const { store } = renderEditing();
    openPaste("kernel", "1 2\n3 4");
    submitPaste("kernel");
    fireEvent.click(within(toolbar("kernel")).getByRole("button", { name: "Resize the kernel to 2×2 and paste" }));
    const p = store.getState().params;
    expect([p.kH, p.kW]).toEqual([2, 2]);
    expect(Array.from(p.weight)).toEqual([1, 2, 3, 4]);
  });
});

describe("fill presets", () => {
  test("random integers come from the seed shown, so the seed reproduces them", () => {
    const { store } = renderEditing();
    const bar = within(toolbar("input"));
    const seedField = bar.getByRole("textbox", { name: "Seed" }) as HTMLInputElement;
    fireEvent.change(seedField, { target: { value: "2024" } });
    fireEvent.click(bar.getByRole("button", { name: "Random integers" }));
    const first = Array.from(store.getState().params.input);
    expect(first).toEqual(fill("randomIntegers", 4, 4, { seed: Number(seedField.value) }));
    expect(bar.getByRole("status").textContent).toBe("Filled: Random integers (seed 2024).");
    fireEvent.click(bar.getByRole("button", { name: "Ones" }));
    fireEvent.click(bar.getByRole("button", { name: "Random integers" }));
    expect(Array.from(store.getState().params.input)).toEqual(first);
  });

  test("random decimals too; a new seed gives other values and is shown", () => {
    const { store } = renderEditing();
    const bar = within(toolbar("kernel"));
    const seedField = bar.getByRole("textbox", { name: "Seed" }) as HTMLInputElement;
    fireEvent.click(bar.getByRole("button", { name: "Random decimals" }));
    expect(Array.from(store.getState().params.weight)).toEqual(fill("randomDecimals", 3, 3, { seed: Number(seedField.value) }));
    const old = seedField.value;
    fireEvent.click(bar.getByRole("button", { name: "New seed" }));
    expect(seedField.value).not.toBe(old);
    fireEvent.click(bar.getByRole("button", { name: "Random decimals" }));
    expect(Array.from(store.getState().params.weight)).toEqual(fill("randomDecimals", 3, 3, { seed: Number(seedField.value) }));
  });

  test("a seed that is not a whole number in 0..2³²−1 is refused and the last seed kept", () => {
    renderEditing();
    const bar = within(toolbar("input"));
    const seedField = bar.getByRole("textbox", { name: "Seed" }) as HTMLInputElement;
    fireEvent.change(seedField, { target: { value: "77" } });
    fireEvent.change(seedField, { target: { value: "7x" } });
    expect(bar.getByRole("alert").textContent).toBe("A seed is a whole number from 0 to 4294967295; 77 is kept.");
    fireEvent.blur(seedField);
    expect(seedField.value).toBe("77");
  });

  test("the bilinear kernel for stride 2 and k=4 is [¼,¾,¾,¼] ⊗ [¼,¾,¾,¼]", () => {
    const { store } = renderEditing({ initial: { params: { ...seedParams(), stride: [2, 2], kH: 4, kW: 4, weight: new Float64Array(16) } } });
    fireEvent.click(within(toolbar("kernel")).getByRole("button", { name: "Bilinear ×2" }));
    const axis = [0.25, 0.75, 0.75, 0.25];
    expect(Array.from(store.getState().params.weight)).toEqual(axis.flatMap((a) => axis.map((b) => a * b)));
  });

  test("ones, identity, delta and edge", () => {
    const { store } = renderEditing();
    const input = within(toolbar("input"));
    const kernel = within(toolbar("kernel"));
    fireEvent.click(input.getByRole("button", { name: "Identity" }));
    expect(gridText("input")).toEqual([["1", "0", "0", "0"], ["0", "1", "0", "0"], ["0", "0", "1", "0"], ["0", "0", "0", "1"]]);
    fireEvent.click(input.getByRole("button", { name: "Ones" }));
    expect(Array.from(store.getState().params.input)).toEqual(new Array(16).fill(1));
    fireEvent.click(kernel.getByRole("button", { name: "Delta" }));
    expect(gridText("kernel")).toEqual([["0", "0", "0"], ["0", "1", "0"], ["0", "0", "0"]]);
    fireEvent.click(kernel.getByRole("button", { name: "Edge" }));
    expect(gridText("kernel")).toEqual(new Array(3).fill(["-1", "0", "1"]));
    expect(input.queryByRole("button", { name: /Bilinear|Edge|Delta/ })).toBeNull();
  });

  test("with several channels, the fills write the chosen channel or all of them", () => {
    const { store } = renderEditing();
    act(() => {
      store.getState().setParams({ inC: 2 });
    });
    const bar = within(toolbar("input"));
    fireEvent.change(bar.getByRole("combobox", { name: "Apply to" }), { target: { value: "1" } });
    fireEvent.click(bar.getByRole("button", { name: "Ones" }));
    const x = Array.from(store.getState().params.input);
    expect(x.slice(0, 16)).toEqual([1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4]);
    expect(x.slice(16)).toEqual(new Array(16).fill(1));
    fireEvent.change(bar.getByRole("combobox", { name: "Apply to" }), { target: { value: "-1" } });
    fireEvent.click(bar.getByRole("button", { name: "Random integers" }));
    expect(Array.from(store.getState().params.input)).toEqual(fill("randomIntegers", 8, 4, { seed: 1 }));
  });
});

describe("the kernel-flip toggle", () => {
  test("switches cross-correlation to true convolution and changes the output", async () => {
    const kernel = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const { store } = renderEditing({ initial: { params: { ...seedParams(), weight: kernel } } });
    await act(() => store.getState().compute());
    const correlation = Array.from(store.getState().exploration!.output.data);
    const bar = within(toolbar("kernel"));
    const pressed = (name: string) => bar.getByRole("button", { name }).getAttribute("aria-pressed");
    expect(pressed("Cross-correlation")).toBe("true");
    expect(bar.getByText(/Deep-learning libraries \(PyTorch, TensorFlow\) compute cross-correlation/)).toBeTruthy();
    fireEvent.click(bar.getByRole("button", { name: "True convolution" }));
    expect(store.getState().params.flip).toBe(true);
    expect(pressed("True convolution")).toBe("true");
    await act(() => store.getState().compute());
    const convolution = Array.from(store.getState().exploration!.output.data);
    // every input row is 1 2 3 4: correlation takes Σ x·w, true convolution Σ x·rot180(w)
    expect(correlation).toEqual([96, 141, 96, 141]);
    expect(convolution).toEqual([84, 129, 84, 129]);
  });
});

import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { seedParams } from "../../../src/params/explorerParams";
import { cells, EditableGrid, gridText, renderWithStore } from "./harness";

function cell(grid: string, r: number, c: number): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-grid="${grid}"][data-r="${r}"][data-c="${c}"]`);
  if (!el) throw new Error(`no cell ${grid}[${r},${c}]`);
  return el;
}

function editor(): HTMLInputElement {
  return screen.getByRole("textbox") as HTMLInputElement;
}

function type(text: string, key?: string, init: Partial<KeyboardEventInit> = {}) {
  const field = editor();
  fireEvent.change(field, { target: { value: text } });
  if (key) fireEvent.keyDown(field, { key, ...init });
}

const SEED_ROW = ["1", "2", "3", "4"];

describe("typing a value into a cell (useValueEditor)", () => {
  test("a click opens a preselected field holding the cell's value in place of the cell", () => {
    renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 0, 1));
    const field = editor();
    expect(field.value).toBe("2");
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(1);
    expect(field.getAttribute("aria-label")).toBe("Value of x[0,1]");
    expect(cells("input")).toHaveLength(15);
  });

  test("Enter commits through setValue (flat index r·W + c) and moves to the next cell", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 0, 1));
    type("7", "Enter");
    expect(store.getState().params.input[1]).toBe(7);
    expect(editor().getAttribute("aria-label")).toBe("Value of x[0,2]");
    expect(editor().value).toBe("3");
  });

  test("Enter at the end of a row wraps to the next row; Shift+Enter goes back", () => {
    renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 0, 3));
    fireEvent.keyDown(editor(), { key: "Enter" });
    expect(editor().getAttribute("aria-label")).toBe("Value of x[1,0]");
    fireEvent.keyDown(editor(), { key: "Enter", shiftKey: true });
    expect(editor().getAttribute("aria-label")).toBe("Value of x[0,3]");
  });

  test("Tab commits and moves right, Shift+Tab moves left, wrapping rows", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 1, 3));
    type("-2.5", "Tab");
    expect(store.getState().params.input[7]).toBe(-2.5);
    expect(editor().getAttribute("aria-label")).toBe("Value of x[2,0]");
    type("9", "Tab", { shiftKey: true });
    expect(store.getState().params.input[8]).toBe(9);
    expect(editor().getAttribute("aria-label")).toBe("Value of x[1,3]");
    expect(editor().value).toBe("-2.5");
  });

  test("Enter on the last cell commits and closes the editor", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 3, 3));
    type("0", "Enter");
    expect(store.getState().params.input[15]).toBe(0);
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(gridText("input")[3]).toEqual(["1", "2", "3", "0"]);
  });

  test("Escape cancels: the value is unchanged and the cell is back", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 2, 2));
    type("123", "Escape");
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(store.getState().params.input[10]).toBe(3);
    expect(gridText("input")).toEqual([SEED_ROW, SEED_ROW, SEED_ROW, SEED_ROW]);
  });

  test("Enter on a focused cell opens the editor (the Grid's keyboard path)", () => {
    renderWithStore(<EditableGrid grid="kernel" />);
    const slot = cell("kernel", 1, 1).closest<HTMLElement>(".cell-slot")!;
    slot.focus();
    fireEvent.keyDown(slot, { key: "Enter" });
    expect(document.activeElement).toBe(editor());
    expect(editor().getAttribute("aria-label")).toBe("Value of w[1,1]");
  });

  test("Escape gives the focus back to the cell, so the keyboard keeps its place", () => {
    renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 2, 1));
    fireEvent.keyDown(editor(), { key: "Escape" });
    expect(document.activeElement).toBe(cell("input", 2, 1).closest(".cell-slot"));
  });

  test("letters are refused with an inline message and the previous value stays", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    const before = store.getState().params;
    fireEvent.click(cell("input", 0, 0));
    type("abc", "Enter");
    expect(screen.getByRole("alert").textContent).toBe("“abc” is not a number; 1 is kept.");
    expect(editor().getAttribute("aria-invalid")).toBe("true");
    expect(editor().getAttribute("aria-label")).toBe("Value of x[0,0]");
    expect(store.getState().params).toBe(before);
  });

  test("Backspace to empty, then Enter, is refused: nothing blanks and the value stays", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 1, 1));
    type("", "Enter");
    expect(screen.getByRole("alert").textContent).toBe("Type a number; 2 is kept.");
    expect(store.getState().params.input[5]).toBe(2);
    fireEvent.keyDown(editor(), { key: "Escape" });
    expect(gridText("input")).toEqual([SEED_ROW, SEED_ROW, SEED_ROW, SEED_ROW]);
  });

  test.each([
    ["NaN", "Only finite numbers can be used; 1 is kept."],
    ["1e7", "Values must be between −1,000,000 and 1,000,000; 1 is kept."],
    ["-1000001", "Values must be between −1,000,000 and 1,000,000; 1 is kept."],
    ["1/0", "Only finite numbers can be used; 1 is kept."],
  ])("%s is refused with the rule", (text, message) => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 0, 0));
    type(text, "Enter");
    expect(screen.getByRole("alert").textContent).toBe(message);
    expect(store.getState().params.input[0]).toBe(1);
  });

  test("fractions and a typed minus sign are numbers; the limit itself is accepted", () => {
    const { store } = renderWithStore(<EditableGrid grid="kernel" />);
    fireEvent.click(cell("kernel", 0, 0));
    type("1/4", "Enter");
    type("−3", "Enter");
    type("1e6", "Enter");
    expect(Array.from(store.getState().params.weight.slice(0, 3))).toEqual([0.25, -3, 1e6]);
  });

  test("the kernel of pair [o, i] is edited at (pair·kH + r)·kW + c", () => {
    const { store } = renderWithStore(<EditableGrid grid="kernel" channel={3} />);
    store.getState().setParams({ inC: 2, outC: 2 });
    // conv weight [outC=2, inC=2, 3, 3]: plane 3 is w[1,1]
    fireEvent.click(cell("kernel", 1, 2));
    expect(editor().getAttribute("aria-label")).toBe("Value of w[1,1][1,2]");
    type("5", "Enter");
    const w = store.getState().params.weight;
    expect(w[(3 * 3 + 1) * 3 + 2]).toBe(5);
    expect(Array.from(w).filter((v) => v === 5)).toHaveLength(1);
  });

  test("the input channel is edited at (ch·H + r)·W + c", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" channel={1} />);
    store.getState().setParams({ inC: 2 });
    fireEvent.click(cell("input", 2, 3));
    type("-8", "Enter");
    expect(store.getState().params.input[(1 * 4 + 2) * 4 + 3]).toBe(-8);
    expect(store.getState().params.input[(0 * 4 + 2) * 4 + 3]).toBe(4);
  });

  test("a grid that shows the kernel flipped edits the stored weight at the rotated position", () => {
    const { store } = renderWithStore(<EditableGrid grid="kernel" flipped />, { initial: { params: { ...seedParams(), flip: true } } });
    fireEvent.click(cell("kernel", 0, 0));
    type("6", "Enter");
    expect(store.getState().params.weight[8]).toBe(6);
    expect(gridText("kernel")[0][0]).toBe("6");
  });

  test("pasting multi-cell text into a cell writes the block from that cell; the rest stays", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 1, 1));
    fireEvent.paste(editor(), { clipboardData: { getData: () => "7 8\n9 10" } });
    expect(screen.getByRole("status").textContent).toBe("Pasted 2×2 values from x[1,1].");
    expect(editor().value).toBe("7");
    fireEvent.keyDown(editor(), { key: "Escape" });
    expect(gridText("input")).toEqual([SEED_ROW, ["1", "7", "8", "4"], ["1", "9", "10", "4"], SEED_ROW]);
    expect(store.getState().paramsProblem).toBeNull();
  });

  test("a pasted block that sticks out is clipped and says so", () => {
    renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 3, 2));
    fireEvent.paste(editor(), { clipboardData: { getData: () => "[[5, 6, 7], [8, 9, 10]]" } });
    expect(screen.getByRole("status").textContent).toBe("Pasted 1×2 values from x[3,2]; the rest did not fit.");
    fireEvent.keyDown(editor(), { key: "Escape" });
    expect(gridText("input")).toEqual([SEED_ROW, SEED_ROW, SEED_ROW, ["1", "2", "5", "6"]]);
  });

  test("pasting junk into a cell is refused with the parser's reason and changes nothing", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    const before = store.getState().params;
    fireEvent.click(cell("input", 0, 0));
    fireEvent.paste(editor(), { clipboardData: { getData: () => "1 2\n3 x" } });
    expect(screen.getByRole("alert").textContent).toBe("Cannot read this: row 2, value 2: “x” is not a number. The values are unchanged.");
    expect(store.getState().params).toBe(before);
  });

  test("pasting one number is left to the field", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 0, 0));
    const notPrevented = fireEvent.paste(editor(), { clipboardData: { getData: () => "42" } });
    expect(notPrevented).toBe(true);
    expect(store.getState().params.input[0]).toBe(1);
  });

  test("clicking another cell commits a valid value and opens that cell", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 0, 0));
    type("11");
    act(() => {
      editor().blur();
    });
    expect(store.getState().params.input[0]).toBe(11);
    fireEvent.click(cell("input", 2, 0));
    expect(editor().getAttribute("aria-label")).toBe("Value of x[2,0]");
  });

  test("leaving the field with invalid text drops it and keeps the value", () => {
    const { store } = renderWithStore(<EditableGrid grid="input" />);
    fireEvent.click(cell("input", 0, 0));
    type("zz");
    act(() => {
      editor().blur();
    });
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(store.getState().params.input[0]).toBe(1);
  });
});

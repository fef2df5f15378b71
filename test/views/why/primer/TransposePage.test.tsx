import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { explore, transpose } from "../../../../src/core";
import { seedParams, toExploreParams } from "../../../../src/params/explorerParams";
import { decode } from "../../../../src/url/codec";
import { TransposePage } from "../../../../src/views/why/TransposePage";
import { renderPage } from "../learn/renderPage";

/** The entries of a drawn matrix: key → [r, c], through the testing contract (data-entry, data-r, data-c). */
function entries(id: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const el of document.querySelectorAll<SVGGElement>(`[data-matrix="${id}"] [data-entry]`)) {
    out.set(el.dataset.entry!, [Number(el.dataset.r), Number(el.dataset.c)]);
  }
  return out;
}

const shape = (id: string) => document.querySelector(`[data-matrix="${id}"]`)?.getAttribute("data-shape");

describe("§1 the primer: transposing a matrix", () => {
  test("a 3×4 matrix moves into its 4×3 transpose: every entry (i, j) goes to (j, i), and back", () => {
    renderPage(<TransposePage />);
    const before = entries("small");
    expect(before.size).toBe(12);
    expect(shape("small")).toBe("3x4");
    fireEvent.click(screen.getAllByRole("button", { name: "Transpose" })[0]);
    expect(shape("small")).toBe("4x3");
    const after = entries("small");
    for (const [key, [r, c]] of before) expect(after.get(key)).toEqual([c, r]);
    expect(screen.getByText("Aᵀ, 4×3")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(entries("small")).toEqual(before);
  });

  test("the seed's C is 4×16 with 36 non-zeros, and Cᵀ is 16×4 with the same 36 entries moved to core's transpose", async () => {
    renderPage(<TransposePage />);
    await waitFor(() => expect(shape("conv")).toBe("4x16"));
    const before = entries("conv");
    expect(before.size).toBe(36);
    const C = explore(toExploreParams(seedParams())).matrix;
    expect([C.rows, C.cols, C.rowPtr[C.rows]]).toEqual([4, 16, 36]);
    const cells = (m: typeof C) => {
      const s: string[] = [];
      for (let r = 0; r < m.rows; r++) for (let e = m.rowPtr[r]; e < m.rowPtr[r + 1]; e++) s.push(`${r},${m.colIdx[e]}`);
      return s.sort();
    };
    expect([...before.values()].map(([r, c]) => `${r},${c}`).sort()).toEqual(cells(C));
    expect(screen.getByText("C, 4×16, 36 non-zeros")).toBeTruthy();

    act(() => {
      fireEvent.click(document.querySelector('[data-action="transpose-conv"]')!);
    });
    expect(shape("conv")).toBe("16x4");
    const after = entries("conv");
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [key, [r, c]] of before) expect(after.get(key)).toEqual([c, r]);
    expect([...after.values()].map(([r, c]) => `${r},${c}`).sort()).toEqual(cells(transpose(C)));
    expect(screen.getByText("Cᵀ, 16×4, the same 36 entries")).toBeTruthy();
  });

  test("the link to the explorer's matrix view decodes to the seed example with only the matrix view, and a click goes there", async () => {
    const { store } = renderPage(<TransposePage />);
    const link = await screen.findByRole("link", { name: /explorer's matrix view/ });
    const { state, fixes } = decode(link.getAttribute("href")!.slice(1));
    expect(fixes).toEqual([]);
    expect(state.page).toBe("explorer");
    expect(state.views).toEqual(["matrix"]);
    expect(state.params).toEqual(seedParams());
    act(() => {
      fireEvent.click(link, { button: 0 });
    });
    expect(store.getState().page).toBe("explorer");
    expect(store.getState().views).toEqual(["matrix"]);
    expect(store.getState().params).toEqual(seedParams());
  });

  test("it speaks Chinese", async () => {
    renderPage(<TransposePage />, "zh-CN");
    expect(screen.getByRole("heading", { level: 1, name: "矩阵转置" })).toBeTruthy();
    await waitFor(() => expect(screen.getByText("C，4×16，36 个非零元素")).toBeTruthy());
  });
});

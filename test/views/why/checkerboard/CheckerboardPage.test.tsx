import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { coverageMap, coverageMap1d } from "../../../../src/core";
import { createAppStore, StoreProvider } from "../../../../src/store";
import { decode } from "../../../../src/url/codec";
import type { Lang } from "../../../../src/i18n";
import { CheckerboardPage, coverageInputSize } from "../../../../src/views/why/CheckerboardPage";

function renderPage(lang: Lang = "en") {
  const store = createAppStore({ initial: { lang } });
  const utils = render(
    <StoreProvider store={store}>
      <CheckerboardPage />
    </StoreProvider>,
  );
  return { store, ...utils };
}

const rule = () => screen.getByTestId("rule-statement");

/** A map's printed counts, row-major, read through data-r/data-c. */
function printed(grid: string): number[] {
  const cells = Array.from(document.querySelectorAll<HTMLElement>(`[data-grid="${grid}"]`));
  const W = Math.max(...cells.map((el) => Number(el.dataset.c))) + 1;
  const out: number[] = [];
  for (const el of cells) out[Number(el.dataset.r) * W + Number(el.dataset.c)] = Number(el.textContent);
  return out;
}

function pick(example: string) {
  act(() => {
    fireEvent.click(screen.getByRole("button", { name: example }));
  });
}

describe("checkerboard page: the rule with the current numbers", () => {
  test("k=3, s=2: uneven, 1, 2, 1, 2, … in 1D and 1, 2 or 4 in 2D", async () => {
    renderPage("en");
    expect(screen.getByRole("heading", { name: "Checkerboard artifacts" })).toBeTruthy();
    await screen.findByTestId("rule-statement");
    expect(rule().dataset.case).toBe("uneven");
    expect(rule().textContent).toContain("Uneven: checkerboard");
    expect(rule().textContent).toContain(
      "k = 3 is not a multiple of s = 2 (3 mod 2 = 1), so coverage is uneven: in 1D the output cells receive 1, 2, 1, 2, … contributions in turn, and in 2D each receives 1, 2, or 4.",
    );
    expect(rule().textContent).toContain("The rule: coverage is uneven exactly when k mod s ≠ 0, and has gaps when k < s.");
  });

  test("k=4, s=2: even, 2 per cell in 1D and 4 in 2D", async () => {
    renderPage("en");
    await screen.findByTestId("rule-statement");
    pick("k=4, s=2");
    await waitFor(() => expect(rule().dataset.case).toBe("even"));
    expect(rule().textContent).toContain(
      "k = 4 is a multiple of s = 2 (4 mod 2 = 0), so coverage is even: away from the border every output cell receives 2 contributions in 1D and 4 in 2D.",
    );
  });

  test("k=1, s=2: zero gaps, 0, 1, 0, 1, … in 1D and 0 or 1 in 2D", async () => {
    renderPage("en");
    await screen.findByTestId("rule-statement");
    pick("k=1, s=2");
    await waitFor(() => expect(rule().dataset.case).toBe("gaps"));
    expect(rule().textContent).toContain("Gaps");
    expect(rule().textContent).toContain(
      "k = 1 is smaller than s = 2, so the kernel's copies never touch and some cells receive nothing: in 1D the counts run 0, 1, 0, 1, …, and in 2D each cell receives 0 or 1.",
    );
  });

  test("the rule speaks Chinese", async () => {
    renderPage("zh-CN");
    expect(screen.getByRole("heading", { name: "棋盘效应" })).toBeTruthy();
    await screen.findByTestId("rule-statement");
    expect(rule().textContent).toContain("不均匀：棋盘效应");
    expect(rule().textContent).toContain("k = 3 不是 s = 2 的倍数（3 mod 2 = 1），所以覆盖不均匀：在一维中，输出单元依次得到 1, 2, 1, 2, … 份贡献；在二维中，每个单元得到 1、2或4 份。");
    pick("k=4, s=2");
    await waitFor(() => expect(rule().textContent).toContain("覆盖均匀"));
  });

  test("a typed kernel size updates the rule; an empty field keeps the last good value", async () => {
    renderPage("en");
    await screen.findByTestId("rule-statement");
    const k = screen.getByTestId("checker-k");
    fireEvent.change(k, { target: { value: "" } });
    expect(screen.getByText("Enter a whole number from 1 to 7.")).toBeTruthy();
    fireEvent.change(k, { target: { value: "6" } });
    await waitFor(() => expect(rule().textContent).toContain("k = 6 is a multiple of s = 2"));
    expect(rule().textContent).toContain("receives 3 contributions in 1D and 9 in 2D");
  });
});

describe("checkerboard page: coverage maps", () => {
  test("the printed 1D and 2D counts equal core coverageMap1d and coverageMap", async () => {
    renderPage("en");
    await screen.findByTestId("stage-2d-1");
    const n = coverageInputSize(3, 2);
    expect(n).toBe(4);
    expect(printed("coverage-2d-1")).toEqual(Array.from(coverageMap([{ kernel: 3, stride: 2 }], n, n).counts));
    expect(printed("coverage-1d-1")).toEqual(Array.from(coverageMap1d([{ kernel: 3, stride: 2 }], n + 4).counts));
    expect(printed("coverage-1d-1").slice(2, 8)).toEqual([2, 1, 2, 1, 2, 1]);
    expect(screen.getByTestId("stage-2d-1").textContent).toContain("9×9 · interior 1, 2, 4, max/min = 4");
  });

  test("two layers and a stride-1 layer: each stage's counts equal the stack's prefix, and the last one is damped", async () => {
    renderPage("en");
    await screen.findByTestId("stage-2d-1");
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "2" }));
    });
    act(() => {
      fireEvent.click(screen.getByLabelText("Add a final stride-1 layer"));
    });
    await screen.findByTestId("stage-1d-3");
    const layers = [
      { kernel: 3, stride: 2 },
      { kernel: 3, stride: 2 },
      { kernel: 3, stride: 1 },
    ];
    expect(printed("coverage-1d-2")).toEqual(Array.from(coverageMap1d(layers.slice(0, 2), 8).counts));
    expect(screen.getByTestId("stage-2d-2").textContent).toContain("19×19 · interior 1, 2, 3, 4, 6, 9, max/min = 9");
    const damped = coverageMap(layers, 4, 4).stats!;
    expect(screen.getByTestId("stage-2d-3").textContent).toContain(`max/min = ${Math.round(damped.ratio * 100) / 100}`);
    expect(damped.ratio).toBeLessThan(9);
  });
});

describe("checkerboard page: one click into the explorer", () => {
  test("the link encodes the configuration: transposed, k×k ones, stride s, padding 0, an input of ones", async () => {
    renderPage("en");
    await screen.findByTestId("stage-2d-1");
    for (const id of ["explorer-main", "explorer-2d-1"]) {
      const href = screen.getByTestId(id).getAttribute("href")!;
      expect(href.startsWith("?")).toBe(true);
      const { state, fixes } = decode(href);
      expect(fixes).toEqual([]);
      expect(state.page).toBe("explorer");
      expect(state.lang).toBe("en");
      const p = state.params;
      expect(p).toMatchObject({ mode: "transposed", inC: 1, outC: 1, inH: 4, inW: 4, kH: 3, kW: 3, stride: [2, 2], padding: [0, 0], outputPadding: [0, 0], flip: false });
      expect(Array.from(p.input)).toEqual(Array(16).fill(1));
      expect(Array.from(p.weight)).toEqual(Array(9).fill(1));
    }
  });

  test("a later layer's link starts from the previous coverage map, and a 1D link uses a 1×k kernel", async () => {
    renderPage("en");
    await screen.findByTestId("stage-2d-1");
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "2" }));
    });
    await screen.findByTestId("stage-2d-2");
    const layer2 = decode(screen.getByTestId("explorer-2d-2").getAttribute("href")!).state.params;
    expect([layer2.inH, layer2.inW]).toEqual([9, 9]);
    expect(Array.from(layer2.input)).toEqual(Array.from(coverageMap([{ kernel: 3, stride: 2 }], 4, 4).counts));
    const oneD = decode(screen.getByTestId("explorer-1d-1").getAttribute("href")!).state.params;
    expect(oneD).toMatchObject({ mode: "transposed", inH: 1, inW: 8, kH: 1, kW: 3, stride: [1, 2] });
  });

  test("a plain click loads the configuration into the store and opens the explorer", async () => {
    const { store } = renderPage("en");
    await screen.findByTestId("stage-2d-1");
    act(() => {
      fireEvent.click(screen.getByTestId("explorer-main"), { button: 0 });
    });
    const s = store.getState();
    expect(s.page).toBe("explorer");
    expect(s.params).toMatchObject({ mode: "transposed", kH: 3, stride: [2, 2], inH: 4 });
  });

  test("a layer too large for the explorer says so instead of linking", async () => {
    renderPage("en");
    await screen.findByTestId("stage-2d-1");
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: "3" }));
    });
    await screen.findByTestId("stage-2d-3");
    const big = screen.getByTestId("explorer-1d-3"); // its input is layer 2's 35 cells, over 32
    expect(big.tagName).toBe("SPAN");
    expect(big.textContent).toBe("Too large for the explorer");
    expect(big.getAttribute("title")).toMatch(/input width must be between 1 and 32 \(got 35\)/);
  });
});

describe("checkerboard page: the settings are the store's, so a link carries them", () => {
  test("settings from a link (ck=4, cs=2, layers=2, smooth=5, random weights with seed 11) open as such; controls write back", async () => {
    const store = createAppStore({ initial: { lang: "en" } });
    store.getState().setPageSettings("checkerboard", { kernelSize: 4, stride: 2, layers: 2, smooth: 5, weights: "random", seed: 11, image: "text" });
    render(
      <StoreProvider store={store}>
        <CheckerboardPage />
      </StoreProvider>,
    );
    await waitFor(() => expect(rule().dataset.case).toBe("even"));
    await screen.findByTestId("stage-1d-3");
    expect(screen.getByTestId("stage-1d-3").textContent).toContain("k = 5");
    expect(screen.getByRole("button", { name: "Random" }).getAttribute("aria-pressed")).toBe("true");
    expect((screen.getByRole("spinbutton", { name: "Seed" }) as HTMLInputElement).value).toBe("11");
    pick("k=1, s=2");
    expect(store.getState().pageSettings.checkerboard).toMatchObject({ kernelSize: 1, stride: 2 });
    // Switching the final layer off and on again brings back its kernel, 5.
    const toggle = screen.getByLabelText("Add a final stride-1 layer");
    act(() => {
      fireEvent.click(toggle);
    });
    expect(store.getState().pageSettings.checkerboard.smooth).toBe(0);
    act(() => {
      fireEvent.click(toggle);
    });
    expect(store.getState().pageSettings.checkerboard.smooth).toBe(5);
  });
});

import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { active, block, cells, gridText, renderApp } from "../render";
import { linked } from "./helpers";

const SEED_ROW = ["1", "2", "3", "4"];

/** The figure (caption and cells) of one grid of the explorer. */
function figure(name: string): HTMLElement {
  return document.querySelector<HTMLElement>(`figure[data-grid-name="${name}"]`)!;
}
const REVERSE = [
  ["18", "45", "45", "27"],
  ["36", "90", "90", "54"],
  ["36", "90", "90", "54"],
  ["18", "45", "45", "27"],
];

async function openSeed(options: Parameters<typeof renderApp>[0] = {}) {
  const app = renderApp(options);
  await waitFor(() => expect(cells("output")).toHaveLength(4));
  return app;
}

function key(k: string, target: Element | Window = window) {
  act(() => {
    fireEvent.keyDown(target, { key: k });
  });
}

async function openReverse() {
  const app = await openSeed();
  fireEvent.click(screen.getByRole("button", { name: "Transposed convolution (one-to-many)" }));
  await waitFor(() => expect(cells("output")).toHaveLength(16));
  return app;
}

describe("the seed view, convolution (many-to-one)", { timeout: 15_000 }, () => {
  test("opens on the seed: every input row is 1 2 3 4, the kernel is 3×3 ones, the output 2×2 is blank", async () => {
    await openSeed();
    expect(gridText("input")).toEqual([SEED_ROW, SEED_ROW, SEED_ROW, SEED_ROW]);
    expect(gridText("kernel")).toEqual([["1", "1", "1"], ["1", "1", "1"], ["1", "1", "1"]]);
    expect(gridText("output")).toEqual([["", ""], ["", ""]]);
    expect(document.querySelectorAll('[data-active="true"]')).toHaveLength(0);
    expect(within(figure("input")).getByText("Input", { selector: ".grid-name" })).toBeTruthy();
    expect(within(figure("input")).getByText("4×4")).toBeTruthy();
    expect(within(figure("output")).getByText("2×2")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Convolution (many-to-one)" }).getAttribute("aria-pressed")).toBe("true");
  });

  test("End shows 18 27 18 27 in the output grid", async () => {
    await openSeed();
    key("End");
    expect(gridText("output")).toEqual([["18", "27"], ["18", "27"]]);
  });

  test("the step that computes the top-right 27 marks the window rows 0–2, cols 1–3, the kernel and that one output cell", async () => {
    await openSeed();
    key("ArrowRight");
    key("ArrowRight");
    expect(active("input")).toEqual(block(0, 2, 1, 3));
    expect(active("kernel")).toEqual(block(0, 2, 0, 2));
    expect(active("output")).toEqual(["0,1"]);
    expect(gridText("output")).toEqual([["18", "27"], ["", ""]]);
    const windowValues = cells("input")
      .filter((el) => el.dataset.active === "true")
      .map((el) => el.textContent);
    expect(windowValues).toEqual(["2", "3", "4", "2", "3", "4", "2", "3", "4"]);
    const sum = screen.getByTestId("sum-equation").textContent ?? "";
    expect(sum).toMatch(/^y\[0,1\]=2·1/);
    expect(sum).toMatch(/=27$/);
  });

  test("the first step marks the top-left window and writes 18", async () => {
    await openSeed();
    key("ArrowRight");
    expect(active("input")).toEqual(block(0, 2, 0, 2));
    expect(active("output")).toEqual(["0,0"]);
    expect(gridText("output")).toEqual([["18", ""], ["", ""]]);
  });

  test("← steps back, Home resets to before the first step", async () => {
    await openSeed();
    key("End");
    key("ArrowLeft");
    expect(gridText("output")).toEqual([["18", "27"], ["18", ""]]);
    expect(active("output")).toEqual(["1,0"]);
    key("Home");
    expect(gridText("output")).toEqual([["", ""], ["", ""]]);
    expect(document.querySelectorAll('[data-active="true"]')).toHaveLength(0);
  });

  test("the player's buttons step, reset and jump to the end", async () => {
    await openSeed();
    const player = within(document.querySelector<HTMLElement>(".playback")!);
    fireEvent.click(player.getByRole("button", { name: "Step forward" }));
    expect(active("output")).toEqual(["0,0"]);
    fireEvent.click(player.getByRole("button", { name: "Jump to end" }));
    expect(gridText("output")).toEqual([["18", "27"], ["18", "27"]]);
    fireEvent.click(player.getByRole("button", { name: "Step back" }));
    expect(active("output")).toEqual(["1,0"]);
    fireEvent.click(player.getByRole("button", { name: "Reset" }));
    expect(active("output")).toEqual([]);
  });

  test("Space plays: the first step is taken at once and the button turns into Pause", async () => {
    const { store } = await openSeed();
    key(" ");
    expect(store.getState().playing).toBe(true);
    expect(active("output")).toEqual(["0,0"]);
    expect(screen.getByRole("button", { name: "Pause" })).toBeTruthy();
    key(" ");
    expect(store.getState().playing).toBe(false);
  });

  test("playing runs to the end by itself", async () => {
    const { store } = await openSeed({ initial: { speed: 16 } });
    key(" ");
    await waitFor(() => expect(store.getState().playing).toBe(false), { timeout: 3000 });
    expect(gridText("output")).toEqual([["18", "27"], ["18", "27"]]);
  });

  test("keys typed into a text field are not shortcuts", async () => {
    await openSeed();
    const field = document.createElement("input");
    document.body.appendChild(field);
    field.focus();
    key("ArrowRight", field);
    key("End", field);
    expect(gridText("output")).toEqual([["", ""], ["", ""]]);
    field.remove();
  });

  test("the scrubber moves to any step", async () => {
    await openSeed();
    fireEvent.change(screen.getByRole("slider"), { target: { value: "2" } });
    expect(active("output")).toEqual(["1,0"]);
  });
});

describe("the seed view, the reverse: transposed convolution (one-to-many)", { timeout: 15_000 }, () => {
  test("takes the conv's result as input and starts from zeros", async () => {
    await openReverse();
    expect(gridText("input")).toEqual([["18", "27"], ["18", "27"]]);
    expect(gridText("output").flat()).toEqual(new Array(16).fill("0"));
    expect(within(figure("output")).getByText("x′", { selector: ".grid-caption .sym" })).toBeTruthy();
  });

  test("ends at [[18,45,45,27],[36,90,90,54],[36,90,90,54],[18,45,45,27]]", async () => {
    await openReverse();
    key("End");
    expect(gridText("output")).toEqual(REVERSE);
  });

  test("one input value scatters to 9 cells: y[0,1] = 27 marks x′ rows 0–2, cols 1–3", async () => {
    await openReverse();
    key("ArrowRight");
    key("ArrowRight");
    expect(active("input")).toEqual(["0,1"]);
    expect(active("output")).toEqual(block(0, 2, 1, 3));
    expect(active("kernel")).toEqual(block(0, 2, 0, 2));
    expect(gridText("output")[0]).toEqual(["18", "45", "45", "27"]);
    expect(gridText("contribution")).toEqual([["27", "27", "27"], ["27", "27", "27"], ["27", "27", "27"]]);
  });

  test("says plainly that the result is not the original input, next to the original", async () => {
    await openReverse();
    const note = screen.getByTestId("not-inverse");
    expect(note.textContent).toMatch(/x′ is not the original x/);
    expect(note.textContent).toMatch(/cannot be inverted/);
    expect(gridText("original")).toEqual([SEED_ROW, SEED_ROW, SEED_ROW, SEED_ROW]);
  });

  test("switching back shows the convolution again", async () => {
    await openReverse();
    fireEvent.click(screen.getByRole("button", { name: "Convolution (many-to-one)" }));
    await waitFor(() => expect(cells("output")).toHaveLength(4));
    expect(gridText("input")).toEqual([SEED_ROW, SEED_ROW, SEED_ROW, SEED_ROW]);
  });
});

describe("language and errors", { timeout: 15_000 }, () => {
  test("中文 switches every label", async () => {
    await openSeed();
    fireEvent.click(screen.getByRole("button", { name: "中文" }));
    expect(screen.getByRole("button", { name: "转置卷积（一对多）" })).toBeTruthy();
    expect(screen.getByText("输入", { selector: ".grid-name" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "播放" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  test("a refused configuration shows core's message inline and keeps the grids", async () => {
    const { store } = await openSeed();
    await act(async () => {
      store.getState().setParams({ inH: 2 });
      await store.getState().compute();
    });
    expect(screen.getByRole("alert").textContent).toMatch(/output size must be at least 1×1/);
    expect(cells("input")).toHaveLength(16);
  });
});

describe("hover links", { timeout: 15_000 }, () => {
  test("pointing at an output cell of the conv outlines its receptive field, without touching data-active", async () => {
    await openSeed();
    const target = cells("output").find((el) => el.dataset.r === "0" && el.dataset.c === "1")!;
    fireEvent.mouseEnter(target.parentElement!);
    expect(linked("input")).toEqual(block(0, 2, 1, 3));
    expect(active("input")).toEqual([]);
    fireEvent.mouseLeave(target.closest('[role="grid"]')!);
    expect(linked("input")).toEqual([]);
  });

  test("pointing at an input cell of the reverse outlines the 9 cells it scatters to", async () => {
    await openReverse();
    const target = cells("input").find((el) => el.dataset.r === "1" && el.dataset.c === "1")!;
    fireEvent.mouseEnter(target.parentElement!);
    expect(linked("output")).toEqual(block(1, 3, 1, 3));
  });
});

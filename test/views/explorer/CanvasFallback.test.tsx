import { act, fireEvent } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { linkedTo } from "../../../src/model/focus";
import { momentOf } from "../../../src/model/moment";
import { fitCells } from "../../../src/views/explorer/fit";
import { active, cells } from "../render";
import { openExplorer, params, values } from "./helpers";

/** The large case: input 32×32, kernel 5×5, stride 2 → output 67×67 (upsampled 71×71). */
const LARGE = params({
  mode: "transposed",
  inH: 32,
  inW: 32,
  kH: 5,
  kW: 5,
  input: values(1024, 7),
  weight: values(25, 8),
  stride: [2, 2],
});

/** A 2D context that counts what is drawn (jsdom has no canvas). */
function fakeContext() {
  const calls = { fillRect: 0, strokeRect: 0, fillText: 0 };
  const ctx = new Proxy(
    {},
    {
      get: (_, name: string) =>
        name in calls
          ? () => {
              calls[name as keyof typeof calls]++;
            }
          : () => undefined,
      set: () => true,
    },
  );
  return { ctx, calls };
}

let drawn: ReturnType<typeof fakeContext>;

beforeEach(() => {
  drawn = fakeContext();
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation((() => drawn.ctx) as unknown as HTMLCanvasElement["getContext"]);
});
afterEach(() => vi.restoreAllMocks());

function canvas(grid: string): HTMLCanvasElement {
  const el = document.querySelector<HTMLCanvasElement>(`canvas[data-grid="${grid}"]`);
  if (!el) throw new Error(`no canvas for ${grid}`);
  return el;
}

// Each render of this configuration draws ~15 000 canvas cells and 1 024 DOM cells: slow under jsdom.
describe("grids beyond 32×32 are drawn to a canvas", { timeout: 30_000 }, () => {
  test("the 32×32 input keeps the DOM contract; the 67×67 output and 71×71 upsampled grid are canvases with a summary", async () => {
    await openExplorer(LARGE);
    expect(cells("input").filter((el) => el.dataset.r !== undefined)).toHaveLength(1024);
    expect(cells("kernel")).toHaveLength(25);
    for (const [grid, side] of [["output", 67], ["zero-output", 67], ["upsampled", 71]] as const) {
      const c = canvas(grid);
      expect([c.dataset.rows, c.dataset.cols]).toEqual([String(side), String(side)]);
      expect(c.getAttribute("role")).toBe("img");
      expect(c.getAttribute("aria-label")).toMatch(new RegExp(`${side} rows by ${side} columns, drawn as a picture`));
      expect(document.querySelectorAll(`[data-grid="${grid}"][data-r]`)).toHaveLength(0);
    }
    expect(drawn.calls.fillRect).toBeGreaterThanOrEqual(67 * 67 * 2 + 71 * 71);
  });

  test("a step marks its 25-cell footprint on the canvases as it does on DOM grids", async () => {
    const { store, e } = await openExplorer(LARGE);
    act(() => store.getState().setStep(40)); // y[1,8]: a footprint fully inside
    const m = momentOf(e, "scatter", 40);
    expect(canvas("output").dataset.activeCount).toBe(String(m.outputs.length));
    expect(m.outputs).toHaveLength(25);
    expect(canvas("zero-output").dataset.activeCount).toBe("25");
    expect(canvas("upsampled").dataset.activeCount).toBe("1");
    expect(active("input")).toEqual(["1,8"]);
    expect(canvas("output").getAttribute("aria-label")).toMatch(/25 cells take part in this step/);
  });

  test("pointing at a canvas cell focuses it, and the other views show its links", async () => {
    const { store, e } = await openExplorer(LARGE);
    const c = canvas("output");
    const side = Number(c.style.width.replace("px", ""));
    vi.spyOn(c, "getBoundingClientRect").mockReturnValue({ left: 0, top: 0, width: side, height: side, right: side, bottom: side, x: 0, y: 0, toJSON: () => ({}) });
    const pitch = side / 67;
    fireEvent.mouseMove(c, { clientX: pitch * 10.5, clientY: pitch * 20.5 });
    expect(store.getState().focus).toEqual({ kind: "output", index: 20 * 67 + 10 });
    const l = linkedTo(e, { kind: "output", index: 20 * 67 + 10 });
    const linkedInputs = cells("input").filter((el) => el.dataset.linked === "true");
    expect(linkedInputs).toHaveLength(l.inputs.size);
    expect(c.dataset.linkedCount).toBe("1");
    expect(canvas("upsampled").dataset.linkedCount).toBe("25"); // its whole 5×5 window
    fireEvent.mouseLeave(c);
    expect(store.getState().focus).toBeNull();
  });

  test("a focused canvas moves a cell cursor with the arrow keys", async () => {
    const { store } = await openExplorer(LARGE);
    const c = canvas("output");
    act(() => c.focus());
    expect(store.getState().focus).toEqual({ kind: "output", index: 0 });
    fireEvent.keyDown(c, { key: "ArrowDown" });
    fireEvent.keyDown(c, { key: "ArrowRight" });
    expect(store.getState().focus).toEqual({ kind: "output", index: 68 });
    expect(store.getState().step).toBe(-1);
  });
});

describe("cell sizes", () => {
  test("the seed fits on one line with large cells", () => {
    expect(fitCells(900, 4, 3, 2)).toEqual({ input: 52, kernel: 52, output: 52, layout: "line" });
  });

  test("a narrow view puts the output under input ∗ kernel at one scale", () => {
    const fit = fitCells(320, 2, 3, 4);
    expect(fit.layout).toBe("two");
    expect(fit.input).toBe(fit.output);
  });

  test("a large input gets a line of its own; the kernel stays readable", () => {
    const fit = fitCells(440, 71, 5, 67);
    expect(fit.layout).toBe("stack");
    expect(fit.kernel).toBeGreaterThanOrEqual(24);
    expect(fit.input * 71 * (8 / 7)).toBeLessThanOrEqual(440);
  });
});

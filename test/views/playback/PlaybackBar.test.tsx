import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { seedParams, type ExplorerParams } from "../../../src/params/explorerParams";
import { createAppStore, StoreProvider, type AppStoreOptions } from "../../../src/store";
import { MAC_STEP_LIMIT } from "../../../src/model/steps";
import { PlaybackBar } from "../../../src/views/playback/PlaybackBar";
import { render } from "@testing-library/react";

/** The tutorial's reverse: [[18,27],[18,27]] scattered through the 3×3 ones kernel. */
const REVERSE: ExplorerParams = { ...seedParams(), mode: "transposed", inH: 2, inW: 2, input: Float64Array.from([18, 27, 18, 27]) };

async function renderBar(options: AppStoreOptions = {}) {
  const store = createAppStore(options);
  render(
    <StoreProvider store={store}>
      <PlaybackBar />
    </StoreProvider>,
  );
  await act(() => store.getState().compute());
  return store;
}

const slider = () => screen.getByRole("slider") as HTMLInputElement;
const position = () => document.querySelector(".position")?.textContent;
const radio = (name: RegExp) => screen.getByRole("radio", { name }) as HTMLInputElement;

describe("the timeline", () => {
  test("the scrubber runs over −1..steps−1, sets the step and reads 'Step n of N'", async () => {
    const store = await renderBar();
    expect([slider().min, slider().max, slider().value]).toEqual(["-1", "3", "-1"]);
    expect(position()).toBe("Before step 1 of 4");
    fireEvent.change(slider(), { target: { value: "2" } });
    expect(store.getState().step).toBe(2);
    expect(position()).toBe("Step 3 of 4");
    expect(slider().getAttribute("aria-valuetext")).toBe("Step 3 of 4");
    expect(screen.getByLabelText("Step")).toBe(slider());
  });

  test("the buttons step back and forward, reset and jump to the end", async () => {
    const store = await renderBar();
    fireEvent.click(screen.getByRole("button", { name: "Step forward" }));
    fireEvent.click(screen.getByRole("button", { name: "Step forward" }));
    expect(store.getState().step).toBe(1);
    fireEvent.click(screen.getByRole("button", { name: "Step back" }));
    expect(store.getState().step).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: "Jump to end" }));
    expect(store.getState().step).toBe(3);
    expect(screen.getByText("Done: all 4 steps")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(store.getState().step).toBe(-1);
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(store.getState().playing).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(store.getState().playing).toBe(false);
  });

  test("loop: at the end the clock starts over instead of stopping", async () => {
    const store = await renderBar();
    const loop = screen.getByRole("checkbox", { name: "Loop" }) as HTMLInputElement;
    expect(loop.checked).toBe(false);
    fireEvent.click(loop);
    expect(store.getState().loop).toBe(true);
    act(() => {
      store.getState().toEnd();
      store.getState().play();
    });
    act(() => store.getState().tick());
    expect(store.getState().step).toBe(1);
    act(() => {
      store.getState().toEnd();
      store.getState().tick();
    });
    expect(store.getState().step).toBe(0);
    expect(position()).toBe("Step 1 of 4");
  });

  test("the speed offers 0.5× to 64× steps per second", async () => {
    const store = await renderBar();
    const select = screen.getByRole("combobox", { name: "Speed" }) as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(["0.5×", "1×", "2×", "4×", "8×", "16×", "32×", "64×"]);
    fireEvent.change(select, { target: { value: "8" } });
    expect(store.getState().speed).toBe(8);
  });

  test("granularity switches the step count: 4 input cells, 16 output cells, 36 multiply-adds (the reverse)", async () => {
    const store = await renderBar({ initial: { params: REVERSE } });
    expect(radio(/^Input cell/).checked).toBe(true);
    expect(slider().max).toBe("3");
    expect(screen.getByText("4 steps")).toBeTruthy();
    fireEvent.click(radio(/^Output cell/));
    expect(store.getState().granularity).toBe("gather");
    expect(slider().max).toBe("15");
    expect(position()).toBe("Before step 1 of 16");
    fireEvent.click(radio(/^Multiply-add/));
    expect(slider().max).toBe("35");
    expect(position()).toBe("Before step 1 of 36");
  });

  test("switching granularity keeps the place: after 3 input cells, the 5 output cells they complete", async () => {
    const store = await renderBar({ initial: { params: REVERSE } });
    fireEvent.change(slider(), { target: { value: "2" } });
    fireEvent.click(radio(/^Output cell/));
    // y[0,0], y[0,1], y[1,0] scattered: x′ row 0 and x′[1,0] have every contribution (y[1,1] reaches x′[1,1])
    expect(store.getState().step).toBe(4);
    fireEvent.click(radio(/^Multiply-add/));
    // multiply-adds run input cell by input cell, and no input has all 9 products in those 5 cells (y[0,0] reaches x′[1,1])
    expect(store.getState().step).toBe(-1);
  });

  test("in conv mode, per input cell is disabled and the reason is written out", async () => {
    await renderBar();
    expect(radio(/^Input cell/).disabled).toBe(true);
    expect(radio(/^Output cell/).checked).toBe(true);
    expect(screen.getByText(/a convolution gathers, each step computes one output cell/)).toBeTruthy();
    fireEvent.click(radio(/^Multiply-add/));
    expect(slider().max).toBe("35");
  });

  test(`per multiply-add is disabled with the count when there are more than ${MAC_STEP_LIMIT}`, async () => {
    const big = { ...seedParams(), inH: 32, inW: 32, kH: 7, kW: 7, input: new Float64Array(1024).fill(1), weight: new Float64Array(49).fill(1) };
    const store = await renderBar({ initial: { params: big, granularity: "mac" } });
    expect(radio(/^Multiply-add/).disabled).toBe(true);
    // 26×26 output cells × 49 taps
    expect(screen.getByText(/this configuration has 33,124 multiply-adds, more than 2,000 steps/)).toBeTruthy();
    expect(radio(/^Output cell/).checked).toBe(true);
    expect(slider().max).toBe(String(26 * 26 - 1));
    expect(store.getState().exploration?.mode).toBe("conv");
  });

  test("speaks Chinese", async () => {
    await renderBar({ initial: { lang: "zh-CN" } });
    fireEvent.change(slider(), { target: { value: "0" } });
    expect(position()).toBe("第 1 步，共 4 步");
    expect(screen.getByRole("checkbox", { name: "循环" })).toBeTruthy();
    expect(screen.getByRole("radiogroup", { name: "每步" })).toBeTruthy();
  });
});

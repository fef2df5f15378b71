import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createAppStore, StoreProvider } from "../../../../src/store";
import { startUrlSync } from "../../../../src/url/sync";
import { Router } from "../../../../src/views/Router";
import { LearnPage } from "../../../../src/views/why/LearnPage";
import { WhyClientProvider } from "../../../../src/views/why/learn/whyClient";
import { createWhyClient } from "../../../../src/worker/train/client";
import { painted, renderPage, stubCanvas } from "./renderPage";

beforeEach(stubCanvas);
afterEach(() => vi.restoreAllMocks());

const stat = (name: string) => document.querySelector(`[data-stat="${name}"] dd`)?.textContent ?? "";
const step = () => Number(stat("step").split("/")[0]);
const kernelCells = (name: string) => Array.from(document.querySelectorAll(`[data-kernel="${name}"] td`), (td) => td.textContent ?? "");
const button = (action: string) => document.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
const choose = (name: string, value: string) =>
  act(() => {
    fireEvent.change(document.querySelector(`select[name="${name}"]`)!, { target: { value } });
  });

/** A small, fast problem: the synthetic 1/f noise (128×128) with a 2×2 kernel at stride 2. */
async function smallRun() {
  const utils = renderPage(<LearnPage />);
  choose("image", "noise");
  choose("kernel", "2");
  choose("speed", "fast");
  await waitFor(() => expect(kernelCells("learned")).toHaveLength(4));
  return utils;
}

describe("§4 a kernel that learns", () => {
  test("before Start the page shows step 0: the seeded initial kernel, its loss, and the references", async () => {
    await smallRun();
    expect(step()).toBe(0);
    expect(kernelCells("bilinear")).toEqual(["0.56", "0.56", "0.56", "0.56"]); // core's fill("bilinear", 2, 2, { stride: 2 }): 0.75²
    expect(kernelCells("optimum")).toHaveLength(4);
    expect(Number(stat("loss"))).toBeGreaterThan(0);
    expect(screen.getByRole("img", { name: "Loss curve: after 0 steps the loss is " + stat("loss") })).toBeTruthy();
  });

  test("Start trains: after some steps the loss has dropped, the loss curve and kernel show it, the output is drawn; Pause holds it", async () => {
    const { store } = await smallRun();
    const loss0 = Number(stat("loss"));
    const kernel0 = kernelCells("learned");
    expect(store.getState().learnedKernel).toBeNull();
    fireEvent.click(button("start"));
    await waitFor(() => expect(step()).toBeGreaterThanOrEqual(60), { timeout: 8000 });
    expect(Number(stat("loss"))).toBeLessThan(loss0);
    // The kernel is offered to the upsampling lab as it trains.
    expect(store.getState().learnedKernel).toMatchObject({ k: 2, s: 2 });
    expect(store.getState().learnedKernel!.step).toBeGreaterThan(0);
    expect(kernelCells("learned")).not.toEqual(kernel0);
    expect(document.querySelector(".loss-line")?.getAttribute("d")).toMatch(/^M.+L/);
    expect(painted.some((p) => p.label.startsWith("The learned kernel's output after") && p.width === 128)).toBe(true);
    fireEvent.click(button("pause"));
    await waitFor(() => expect(button("start").textContent).toBe("Resume"));
    const held = step();
    await new Promise((r) => setTimeout(r, 200));
    expect(step()).toBe(held);
  });

  test("Reset goes back to step 0 with the same initial kernel; the seed is shown, editable, and a bad seed is refused", async () => {
    await smallRun();
    const kernel0 = kernelCells("learned");
    fireEvent.click(button("start"));
    await waitFor(() => expect(step()).toBeGreaterThan(10), { timeout: 8000 });
    fireEvent.click(button("reset"));
    await waitFor(() => expect(step()).toBe(0));
    // The kernel panel redraws from the reset's answer, which can land a frame after the counter.
    await waitFor(() => expect(kernelCells("learned")).toEqual(kernel0));

    const seed = screen.getByRole("textbox", { name: "Seed" }) as HTMLInputElement;
    expect(seed.value).toBe("1");
    fireEvent.change(seed, { target: { value: "abc" } });
    expect(screen.getByRole("alert").textContent).toContain("1 is kept");
    fireEvent.change(seed, { target: { value: "2" } });
    await waitFor(() => expect(kernelCells("learned")).not.toEqual(kernel0));
    fireEvent.change(seed, { target: { value: "1" } });
    await waitFor(() => expect(kernelCells("learned")).toEqual(kernel0));
  });

  test("a combination core refuses (stride 1 with an even kernel) shows core's message", async () => {
    await smallRun();
    choose("stride", "1");
    expect((await screen.findByRole("alert")).textContent).toContain("output padding must be smaller than either stride or dilation");
  });

  test("the photo cannot be decoded under jsdom, so the page says so and trains on 1/f noise", async () => {
    renderPage(<LearnPage />);
    expect((await screen.findByRole("status")).textContent).toContain("training on synthetic 1/f noise instead");
    await waitFor(() => expect(kernelCells("learned")).toHaveLength(16));
  });

  test("a link with tseed=7&tk=3&ts=2 opens the learn page with that run, and changing a setting updates the link", async () => {
    window.history.replaceState(null, "", "/?v=1&page=learn&tseed=7&tk=3&ts=2");
    const store = createAppStore({ initial: { lang: "en" } });
    const stop = startUrlSync(store, window);
    try {
      render(
        <StoreProvider store={store}>
          <WhyClientProvider client={createWhyClient()}>
            <Router />
          </WhyClientProvider>
        </StoreProvider>,
      );
      expect(document.querySelector('[data-page="learn"]')).not.toBeNull();
      expect(store.getState().notices).toEqual([]);
      const select = (name: string) => document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value;
      expect([select("kernel"), select("stride")]).toEqual(["3", "2"]);
      expect((screen.getByRole("textbox", { name: "Seed" }) as HTMLInputElement).value).toBe("7");
      // The run itself has those settings: a 3×3 kernel, trained with stride 2.
      await waitFor(() => expect(kernelCells("learned")).toHaveLength(9));
      expect(screen.getByRole("heading", { level: 2, name: "Kernel, k = 3, stride 2" })).toBeTruthy();

      choose("kernel", "5");
      expect(window.location.search).toMatch(/&tk=5&tseed=7$/);
      fireEvent.change(screen.getByRole("textbox", { name: "Seed" }), { target: { value: "8" } });
      expect(window.location.search).toMatch(/&tk=5&tseed=8$/);
    } finally {
      stop();
      window.history.replaceState(null, "", "/");
    }
  });
});

import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { renderApp } from "../render";

async function open(present: boolean) {
  const utils = renderApp();
  if (present) act(() => utils.store.getState().setPresent(true));
  await waitFor(() => expect(utils.store.getState().exploration).not.toBeNull());
  return utils;
}

describe("presenter mode and step narration", () => {
  test("the header's Present button enters presenter mode; Esc leaves it", async () => {
    const { store } = await open(false);
    fireEvent.click(screen.getByRole("button", { name: "Present" }));
    expect(store.getState().present).toBe(true);
    expect(document.querySelector(".app")?.getAttribute("data-present")).toBe("true");
    expect(screen.getByRole("button", { name: "Leave presenter mode (Esc)" })).toBeTruthy();
    fireEvent.keyDown(window, { key: "Escape" });
    expect(store.getState().present).toBe(false);
  });

  test("presenter mode shows the step as a caption that can be read aloud", async () => {
    const { store } = await open(true);
    act(() => store.getState().setGranularity("mac"));
    act(() => store.getState().setStep(10));
    expect(document.querySelector(".present-caption")?.textContent).toBe("y[0,1] += 3 × 1");
  });

  test("every step is narrated in an aria-live region, also outside presenter mode", async () => {
    const { store } = await open(false);
    expect(document.querySelector(".present-caption")).toBeNull();
    act(() => store.getState().setStep(1));
    const live = screen.getByTestId("step-narration");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toBe("y[0,1] = 2·1 + 3·1 + 4·1 + 2·1 … (5 more) = 27");
  });

  test("a step is spoken by one live region only: the step panel's title is not another", async () => {
    const { store } = await open(false);
    const live = () => [...document.querySelectorAll<HTMLElement>('[aria-live]:not([aria-live="off"])')];
    act(() => store.getState().setStep(1));
    const before = new Map(live().map((el) => [el, el.textContent]));
    act(() => store.getState().setStep(2));
    const changed = live().filter((el) => before.get(el) !== el.textContent);
    expect(changed).toEqual([screen.getByTestId("step-narration")]);
    expect(screen.getByTestId("step-panel").querySelector(".step-title")?.textContent).toMatch(/Step 3 of/);
  });

  test("narration pauses while playback is too fast to follow", async () => {
    const { store } = await open(false);
    act(() => store.setState({ step: 1, playing: true, speed: 16 }));
    expect(screen.getByTestId("step-narration").textContent).toBe("");
    act(() => store.setState({ playing: false }));
    expect(screen.getByTestId("step-narration").textContent).not.toBe("");
  });

  test("embed mode marks the root so the chrome is hidden, and keeps the views", async () => {
    const { store } = await open(false);
    act(() => store.getState().setEmbed(true));
    expect(document.querySelector(".app")?.getAttribute("data-embed")).toBe("true");
    expect(document.querySelectorAll("main h1")).toHaveLength(1);
    expect(document.querySelector('[data-grid="input"]')).not.toBeNull();
  });
});

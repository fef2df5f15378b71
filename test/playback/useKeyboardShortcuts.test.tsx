import { act, fireEvent, render } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { createAppStore, StoreProvider } from "../../src/store";
import { useKeyboardShortcuts } from "../../src/playback/useKeyboardShortcuts";

function Keys() {
  useKeyboardShortcuts();
  return <input aria-label="field" />;
}

async function setup() {
  const store = createAppStore();
  const utils = render(
    <StoreProvider store={store}>
      <Keys />
    </StoreProvider>,
  );
  await act(() => store.getState().compute());
  return { store, field: utils.getByLabelText("field") };
}

const press = (key: string, init: KeyboardEventInit = {}, target: Element | Window = window) =>
  act(() => {
    fireEvent.keyDown(target, { key, ...init });
  });

describe("keyboard shortcuts", () => {
  test("→ ← step, End and Home jump, Space plays and pauses", async () => {
    const { store } = await setup();
    press("ArrowRight");
    press("ArrowRight");
    expect(store.getState().step).toBe(1);
    press("ArrowLeft");
    expect(store.getState().step).toBe(0);
    press("End");
    expect(store.getState().step).toBe(3);
    press("Home");
    expect(store.getState().step).toBe(-1);
    press(" ");
    expect(store.getState().playing).toBe(true);
    press(" ");
    expect(store.getState().playing).toBe(false);
  });

  test("+ and − step through the offered speeds, stopping at 0.5× and 64×", async () => {
    const { store } = await setup();
    expect(store.getState().speed).toBe(1);
    press("+");
    expect(store.getState().speed).toBe(2);
    press("=");
    press("+");
    press("+");
    expect(store.getState().speed).toBe(16);
    for (let i = 0; i < 4; i++) press("+");
    expect(store.getState().speed).toBe(64);
    press("-");
    expect(store.getState().speed).toBe(32);
    for (let i = 0; i < 10; i++) press("-");
    expect(store.getState().speed).toBe(0.5);
  });

  test("keys in a field, or with Ctrl held (page zoom), are not shortcuts", async () => {
    const { store, field } = await setup();
    press("+", { ctrlKey: true });
    press("-", { ctrlKey: true });
    expect(store.getState().speed).toBe(1);
    field.focus();
    press("+", {}, field);
    press("ArrowRight", {}, field);
    expect(store.getState().speed).toBe(1);
    expect(store.getState().step).toBe(-1);
  });
});

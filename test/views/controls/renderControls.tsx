import { act, render, screen } from "@testing-library/react";
import { expect } from "vitest";
import { createAppStore, StoreProvider, type AppStore, type AppStoreOptions } from "../../../src/store";
import { FormulaPanel } from "../../../src/views/controls/FormulaPanel";
import { ParamsPanel } from "../../../src/views/controls/ParamsPanel";
import type { ExplorerParams } from "../../../src/params/explorerParams";

/** The parameter and formula panels on a fresh store (compute runs on the main thread under jsdom). */
export function renderControls(options: AppStoreOptions = {}): { store: AppStore } & ReturnType<typeof render> {
  const store = createAppStore(options);
  const utils = render(
    <StoreProvider store={store}>
      <ParamsPanel />
      <FormulaPanel />
    </StoreProvider>,
  );
  return { store, ...utils };
}

/** Applies a setup through the store (as a React update), failing the test if the store refuses it. */
export function setup(store: AppStore, patch: Partial<ExplorerParams>): void {
  let problem: unknown = null;
  act(() => {
    problem = store.getState().setParams(patch);
  });
  expect(problem).toBeNull();
}

export function field(name: string): HTMLInputElement {
  return screen.getByRole("spinbutton", { name }) as HTMLInputElement;
}

/** The text of the inline message a field points to through aria-describedby. */
export function messageOf(input: HTMLElement): string {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

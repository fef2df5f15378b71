import { render } from "@testing-library/react";
import { createAppStore, StoreProvider, type AppStore, type AppStoreOptions } from "../../src/store";
import { Router } from "../../src/views/Router";

/** Renders the whole app (its root, the Router) on a fresh store (compute runs on the main thread under jsdom). */
export function renderApp(options: AppStoreOptions = {}): { store: AppStore } & ReturnType<typeof render> {
  const store = createAppStore(options);
  const utils = render(
    <StoreProvider store={store}>
      <Router />
    </StoreProvider>,
  );
  return { store, ...utils };
}

export function cells(grid: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`[data-grid="${grid}"]`));
}

/** A grid's texts as rows, read through the testing contract (data-r, data-c, text). */
export function gridText(grid: string): string[][] {
  const out: string[][] = [];
  for (const el of cells(grid)) {
    const r = Number(el.dataset.r);
    const c = Number(el.dataset.c);
    (out[r] ??= [])[c] = el.textContent ?? "";
  }
  return out;
}

/** "r,c" of the cells of a grid marked data-active="true", sorted. */
export function active(grid: string): string[] {
  return cells(grid)
    .filter((el) => el.dataset.active === "true")
    .map((el) => `${el.dataset.r},${el.dataset.c}`)
    .sort();
}

export function block(r0: number, r1: number, c0: number, c1: number): string[] {
  const out: string[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(`${r},${c}`);
  return out.sort();
}

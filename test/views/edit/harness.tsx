import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createAppStore, StoreProvider, useAppStore, type AppStore, type AppStoreOptions } from "../../../src/store";
import { formatNumber } from "../../../src/format/number";
import { Grid } from "../../../src/views/grid/Grid";
import { planesOf, valuesOf, type ValueGrid } from "../../../src/views/edit/planes";
import { useValueEditor } from "../../../src/views/edit/useValueEditor";

/** One plane of the input or kernel drawn by the real Grid, straight from params, with the editing hook wired in. */
export function EditableGrid(props: { grid: ValueGrid; channel?: number; flipped?: boolean }) {
  const { grid, channel = 0, flipped = false } = props;
  const params = useAppStore((s) => s.params);
  const planes = planesOf(params, grid);
  const values = valuesOf(params, grid);
  const editing = useValueEditor(grid, channel, planes.rows, planes.cols, { flipped });
  const at = (r: number, c: number) => {
    const [rr, cc] = flipped ? [planes.rows - 1 - r, planes.cols - 1 - c] : [r, c];
    return values[(channel * planes.rows + rr) * planes.cols + cc];
  };
  return (
    <Grid
      name={grid}
      caption={grid}
      ariaLabel={grid}
      rows={planes.rows}
      cols={planes.cols}
      cell={(r, c) => ({ text: formatNumber(at(r, c)), aria: `${grid}[${r},${c}]` })}
      {...editing}
    />
  );
}

/** Renders `ui` on a fresh store. */
export function renderWithStore(ui: ReactNode, options: AppStoreOptions = {}): { store: AppStore } & ReturnType<typeof render> {
  const store = createAppStore(options);
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}

export function cells(grid: string): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`[data-grid="${grid}"]`));
}

/** A grid's texts as rows, read through the testing contract (data-r, data-c, text). */
export function gridText(grid: string): string[][] {
  const out: string[][] = [];
  for (const el of cells(grid)) (out[Number(el.dataset.r)] ??= [])[Number(el.dataset.c)] = el.textContent ?? "";
  return out;
}

import type { ReactNode } from "react";

/** Props a Grid takes to let a person type a value into a cell (built in src/views/edit/). */
export interface ValueEditorProps {
  onCellActivate?: (r: number, c: number) => void;
  editor?: { r: number; c: number; node: ReactNode } | null;
}

/** Inline editing of one channel of the input or one kernel of the weight. */
export function useValueEditor(_grid: "input" | "kernel", _channel: number, _rows: number, _cols: number): ValueEditorProps {
  return {};
}

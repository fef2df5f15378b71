import { useCallback } from "react";
import { useAppStoreApi } from "../../store";
import type { Focus } from "../../model/focus";

/**
 * Pointer and keyboard handlers for one drawn plane: the cell (r, c) becomes the store's focus
 * (`toFocus` turns a plane index into an input cell, output cell or weight; null clears it), so
 * every view highlights what is linked to it. `toFocus` must be memoized by the caller.
 */
export function useCellFocus(cols: number, toFocus: (i: number) => Focus | null) {
  const api = useAppStoreApi();
  const onHover = useCallback((r: number, c: number) => api.getState().setFocus(toFocus(r * cols + c)), [api, cols, toFocus]);
  const onLeave = useCallback(() => api.getState().setFocus(null), [api]);
  return { onHover, onLeave };
}

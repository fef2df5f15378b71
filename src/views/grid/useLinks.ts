import { useCallback, useMemo } from "react";
import type { Exploration } from "../../core";
import { useAppStore, useAppStoreApi } from "../../store";
import { linkedCells, NO_LINKS, type Links } from "../frames/links";

/**
 * Hover linking for a stage: the cells tied to the one under the pointer (channel 0 planes, whose
 * flat indices are the tensors' own), and handlers that set and clear the hover in the store.
 */
export function useLinks(exploration: Exploration, inCols: number, outCols: number) {
  const api = useAppStoreApi();
  const hover = useAppStore((s) => s.hover);
  const links: Links = useMemo(() => {
    if (!hover || (hover.grid !== "input" && hover.grid !== "output")) return NO_LINKS;
    const cols = hover.grid === "input" ? inCols : outCols;
    return linkedCells(exploration.matrix, hover.grid, hover.r * cols + hover.c);
  }, [hover, exploration, inCols, outCols]);
  const onHover = useCallback(
    (grid: "input" | "output") => (r: number, c: number) => api.getState().setHover({ grid, r, c }),
    [api],
  );
  const onLeave = useCallback(() => api.getState().setHover(null), [api]);
  return { links, onHover, onLeave };
}

import { createContext, useContext } from "react";

/**
 * How presenter mode lays out the views: "row", the views side by side so the room sees every
 * route at once (the default); or "stack", one view a row at the largest cells, for the back of a
 * hall (V switches). Not in the link: it is the presenter's choice of the moment, not the state.
 */
export type PresentLayout = "row" | "stack";

export const PresentLayoutContext = createContext<PresentLayout>("row");

export function usePresentLayout(): PresentLayout {
  return useContext(PresentLayoutContext);
}

/**
 * Viewport height presenter mode keeps for everything but the cells of a view side by side (px):
 * the header and the caption above (about 230), the view's title, grid captions and operators'
 * room (200), the player below (90), margins; measured at 1920×1080.
 */
export const PRESENT_CHROME_PX = 600;

/**
 * The largest cell side of a view side by side in presenter mode, `rows` cells tall (input or
 * kernel over output), so that the whole view fits a `height` px screen; a cell and its gap take
 * about 8/7 of a side. Pure.
 */
export function presentCellFor(height: number, rows: number, max: number): number {
  return Math.max(8, Math.min(max, Math.floor((height - PRESENT_CHROME_PX) / (rows * (8 / 7)))));
}

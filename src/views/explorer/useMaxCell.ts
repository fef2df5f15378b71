import { useSyncExternalStore } from "react";
import { useAppStore } from "../../store";
import { presentCellFor, usePresentLayout } from "../present/presentLayout";
import { maxCellFor, PRESENT_MAX_CELL_PX } from "./fit";

function onResize(notify: () => void): () => void {
  window.addEventListener("resize", notify);
  return () => window.removeEventListener("resize", notify);
}
const height = () => window.innerHeight;
/** Where there is no window (a server render), a tall desk screen: the cap does not apply. */
const TALL = 1080;

/**
 * The largest cell side a view may use, `rows` cells tall at most (input or kernel over output):
 * on a desk, less on a short screen (maxCellFor); in presenter mode larger, and with the views side
 * by side no taller than the screen (presentCellFor).
 */
export function useMaxCell(rows: number): number {
  const present = useAppStore((s) => s.present);
  const layout = usePresentLayout();
  const h = useSyncExternalStore(onResize, height, () => TALL);
  if (!present) return maxCellFor(h);
  return layout === "row" ? presentCellFor(h, rows, PRESENT_MAX_CELL_PX) : PRESENT_MAX_CELL_PX;
}

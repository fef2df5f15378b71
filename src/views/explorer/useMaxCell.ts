import { useSyncExternalStore } from "react";
import { useAppStore } from "../../store";
import { maxCellFor, PRESENT_MAX_CELL_PX } from "./fit";

function onResize(notify: () => void): () => void {
  window.addEventListener("resize", notify);
  return () => window.removeEventListener("resize", notify);
}
const height = () => window.innerHeight;
/** Where there is no window (a server render), a tall desk screen: the cap does not apply. */
const TALL = 1080;

/** The largest cell side the views may use: larger in presenter mode, smaller on a short screen (maxCellFor). */
export function useMaxCell(): number {
  const present = useAppStore((s) => s.present);
  const h = useSyncExternalStore(onResize, height, () => TALL);
  return present ? PRESENT_MAX_CELL_PX : maxCellFor(h);
}

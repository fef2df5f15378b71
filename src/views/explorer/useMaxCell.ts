import { useAppStore } from "../../store";
import { MAX_CELL_PX, PRESENT_MAX_CELL_PX } from "./fit";

/** The largest cell side the views may use: larger in presenter mode. */
export function useMaxCell(): number {
  return useAppStore((s) => (s.present ? PRESENT_MAX_CELL_PX : MAX_CELL_PX));
}

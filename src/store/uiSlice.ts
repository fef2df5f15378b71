import type { Lang } from "../i18n";
import type { Focus } from "../views/frames/focus";
import type { SliceCreator } from "./types";

/** A cell under the pointer, by grid name and 0-based row and column. */
export interface CellRef {
  grid: string;
  r: number;
  c: number;
}

export interface UiSlice {
  lang: Lang;
  hover: CellRef | null;
  /**
   * What the person points at, by hover or keyboard focus, in any view (a cell of the input or
   * output, or a kernel weight); every view highlights what is linked to it.
   */
  focus: Focus | null;
  setLang: (lang: Lang) => void;
  setHover: (hover: CellRef | null) => void;
  setFocus: (focus: Focus | null) => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  lang: "en",
  hover: null,
  focus: null,
  setLang: (lang) => set({ lang }),
  setHover: (hover) => set({ hover }),
  setFocus: (focus) => set({ focus }),
});

import type { Lang } from "../i18n";
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
  setLang: (lang: Lang) => void;
  setHover: (hover: CellRef | null) => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  lang: "en",
  hover: null,
  setLang: (lang) => set({ lang }),
  setHover: (hover) => set({ hover }),
});

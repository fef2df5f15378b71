import { defaultPageSettings, patchPageSettings, type PageSettings, type SettingsPage } from "../url/pageSettings";
import type { SliceCreator } from "./types";

export interface PageSettingsSlice {
  /** The settings of the learn, upsampling and checkerboard pages: what their links carry. */
  pageSettings: PageSettings;
  /**
   * Changes some of a page's settings. Each value is made what a link would carry (clamped,
   * snapped, rounded: see url/pageSettings.ts); a patch that changes nothing keeps the same
   * objects, so a training run or an image job keyed on them does not restart.
   */
  setPageSettings: <P extends SettingsPage>(page: P, patch: Partial<PageSettings[P]>) => void;
}

export const createPageSettingsSlice: SliceCreator<PageSettingsSlice> = (set, get) => ({
  pageSettings: defaultPageSettings(),
  setPageSettings: (page, patch) => {
    const all = get().pageSettings;
    const next = patchPageSettings(page, all[page], patch);
    if (next !== all[page]) set({ pageSettings: { ...all, [page]: next } });
  },
});

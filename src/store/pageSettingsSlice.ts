import { defaultPageSettings, patchPageSettings, type PageSettings, type SettingsPage } from "../url/pageSettings";
import type { PageSettingsSlice, SliceCreator } from "./types";

export const createPageSettingsSlice: SliceCreator<PageSettingsSlice> = (set, get) => ({
  pageSettings: defaultPageSettings(),
  setPageSettings: (page, patch) => {
    const all = get().pageSettings;
    const next = patchPageSettings(page, all[page], patch);
    if (next !== all[page]) set({ pageSettings: { ...all, [page]: next } });
  },
});

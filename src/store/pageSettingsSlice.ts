import { defaultPageSettings, type PageSettings, type SettingsPage } from "../model/pageSettings";
import { SETTING_FIELDS } from "../url/pageSettings";
import type { PageSettingsSlice, SliceCreator } from "./types";

const fieldsOf = (o: object) => o as Record<string, unknown>;

/**
 * A page's settings made exactly what a link would carry: each changed field written and read back
 * (rounding the lens centre, clamping a stray value), so the store never holds what a link cannot.
 * Returns `current` itself when nothing changes, so a run or a job keyed on it does not restart.
 */
export function patchPageSettings<P extends SettingsPage>(page: P, current: PageSettings[P], patch: Partial<PageSettings[P]>): PageSettings[P] {
  let next: PageSettings[P] | null = null;
  const fields = SETTING_FIELDS.filter((f) => f.page === page);
  for (const f of fields) {
    if (!(f.prop in patch)) continue;
    const value = fieldsOf(patch)[f.prop];
    const text = f.write(value);
    const normalized = text === null ? null : f.read(text, () => {});
    if (f.write(normalized) === f.write(fieldsOf(current)[f.prop])) continue;
    next ??= { ...current };
    fieldsOf(next)[f.prop] = normalized;
  }
  return next ?? current;
}


export const createPageSettingsSlice: SliceCreator<PageSettingsSlice> = (set, get) => ({
  pageSettings: defaultPageSettings(),
  setPageSettings: (page, patch) => {
    const all = get().pageSettings;
    const next = patchPageSettings(page, all[page], patch);
    if (next !== all[page]) set({ pageSettings: { ...all, [page]: next } });
  },
});

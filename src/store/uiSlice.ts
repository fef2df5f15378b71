import type { Lang } from "../i18n/lang";
import type { Focus } from "../model/focus";
import type { Fix } from "../url/codec";
import type { PageName } from "../url/state";
import type { UiSlice, SliceCreator } from "./types";

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  lang: "en",
  focus: null,
  page: "explorer",
  setPage: (page) => set({ page }),
  learnedKernel: null,
  setLearnedKernel: (learnedKernel) => set({ learnedKernel }),
  present: false,
  embed: false,
  notices: [],
  setLang: (lang) => set({ lang }),
  setPresent: (present) => set({ present }),
  setEmbed: (embed) => set({ embed }),
  setNotices: (notices) => set({ notices }),
  dismissNotices: () => set({ notices: [] }),
  setFocus: (focus) => set({ focus }),
});

import type { Lang } from "../i18n";
import type { Focus } from "../views/frames/focus";
import type { Fix } from "../url/codec";
import type { PageName } from "../url/state";
import type { SliceCreator } from "./types";

export interface UiSlice {
  lang: Lang;
  /**
   * What the person points at, by hover or keyboard focus, in any view (a cell of the input or
   * output, or a kernel weight); every view highlights what is linked to it.
   */
  focus: Focus | null;
  /** The page shown: the explorer, the gallery or one of the "why" pages. */
  page: PageName;
  setPage: (page: PageName) => void;
  /**
   * The kernel last trained on the learn page in this session (not part of a link: a link carries
   * it as typed values once the upsampling lab uses it).
   */
  learnedKernel: { k: number; s: number; step: number; values: number[] } | null;
  setLearnedKernel: (kernel: { k: number; s: number; step: number; values: number[] } | null) => void;
  /** Presenter mode (large type, playback only) and embed mode (no chrome, for an iframe). */
  present: boolean;
  embed: boolean;
  /** What a link held that had to be repaired, shown in a dismissible notice. */
  notices: Fix[];
  setLang: (lang: Lang) => void;
  setPresent: (present: boolean) => void;
  setEmbed: (embed: boolean) => void;
  setNotices: (notices: Fix[]) => void;
  dismissNotices: () => void;
  setFocus: (focus: Focus | null) => void;
}

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

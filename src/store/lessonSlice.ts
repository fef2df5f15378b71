import { CHAPTER_COUNT } from "../model/lesson/chapterCount";
import type { LessonPlace } from "../url/state";
import type { SliceCreator } from "./types";

/**
 * Where the guided lesson and practice are: what `?lesson=N` and `?practice=SEED&plevel=L&pq=I`
 * carry. One object, replaced on change, so a link's state selected shallowly stays stable.
 */
export interface LessonSlice {
  lesson: LessonPlace;
  /** Opens the lesson at chapter n (clamped to 1–10). */
  openChapter: (n: number) => void;
  /** Opens practice with these changes to the seed, level or question index. */
  setPractice: (patch: Partial<Omit<LessonPlace, "chapter">>) => void;
}

export const createLessonSlice: SliceCreator<LessonSlice> = (set, get) => ({
  lesson: { chapter: 1, seed: 1, level: 1, index: 0 },
  openChapter: (n) => set({ page: "lesson", lesson: { ...get().lesson, chapter: Math.min(CHAPTER_COUNT, Math.max(1, Math.round(n))) } }),
  setPractice: (patch) => set({ page: "practice", lesson: { ...get().lesson, ...patch } }),
});

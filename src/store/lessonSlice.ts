import { CHAPTER_COUNT } from "../model/lesson/chapterCount";
import type { LessonSlice, SliceCreator } from "./types";

export const createLessonSlice: SliceCreator<LessonSlice> = (set, get) => ({
  lesson: { chapter: 1, seed: 1, level: 1, index: 0 },
  openChapter: (n) => set({ page: "lesson", lesson: { ...get().lesson, chapter: Math.min(CHAPTER_COUNT, Math.max(1, Math.round(n))) } }),
  setPractice: (patch) => set({ page: "practice", lesson: { ...get().lesson, ...patch } }),
});

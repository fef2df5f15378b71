import { CHAPTER_COUNT } from "../model/lesson/chapters";
import type { PracticeLevel } from "../model/lesson/practice";
import type { SliceCreator } from "./types";

/** Where the guided lesson and practice are: what `?lesson=N` and `?practice=SEED` carry. */
export interface LessonSlice {
  /** The lesson's chapter, 1–10. */
  chapter: number;
  practiceSeed: number;
  practiceLevel: PracticeLevel;
  /** The practice question shown: question `practiceIndex` of the seed and level. */
  practiceIndex: number;
  /** Opens the lesson at chapter n (clamped to 1–10). */
  openChapter: (n: number) => void;
  setPractice: (patch: Partial<Pick<LessonSlice, "practiceSeed" | "practiceLevel" | "practiceIndex">>) => void;
}

export const createLessonSlice: SliceCreator<LessonSlice> = (set) => ({
  chapter: 1,
  practiceSeed: 1,
  practiceLevel: 1,
  practiceIndex: 0,
  openChapter: (n) => set({ page: "lesson", chapter: Math.min(CHAPTER_COUNT, Math.max(1, Math.round(n))) }),
  setPractice: (patch) => set({ page: "practice", ...patch }),
});

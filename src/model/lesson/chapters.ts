import { lessonConfig, SEED_CONV, seedReverse, type LessonConfig, type LessonView } from "./lessonConfig";
import type { Question } from "./question";
import {
  borderQuestion,
  contributionsQuestion,
  convSizeQuestion,
  evenKernelQuestion,
  nonZerosQuestion,
  outputPaddingQuestion,
  scatterValueQuestion,
  usefulQuestion,
  windowQuestion,
} from "./questions";

/** The "why" pages a chapter shows as its live view. */
export type LessonPage = "transpose" | "upsample" | "applications" | "checkerboard";

export type ChapterShow =
  | { kind: "page"; page: LessonPage }
  /** The explorer on a configuration, at a step (−1 before the first; AT_END the final state). */
  | { kind: "explorer"; config: LessonConfig; views: readonly LessonView[]; step: number }
  | { kind: "summary" };

/** A step past any trace's last: the store clamps it to the final state once the trace arrives. */
export const AT_END = 1_000_000;

export type ChapterId =
  | "transpose"
  | "upsample"
  | "applications"
  | "conv"
  | "transposed"
  | "matrix"
  | "zero"
  | "sizes"
  | "checkerboard"
  | "summary";

export interface Chapter {
  /** 1–10, the tutorial's order: what `?lesson=N` opens. */
  number: number;
  id: ChapterId;
  show: ChapterShow;
  /** Asked before the live view opens (chapters 4–9). */
  questions: readonly Question[];
}

/** Chapter 8's live view: conv_transpose2d of a 3×3 map, k=3, s=2, p=1, output_padding 1 → 6×6. */
const SIZES_VIEW = lessonConfig(
  "transposed",
  [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ],
  [
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
  ],
  { stride: [2, 2], padding: [1, 1], outputPadding: [1, 1] },
);

/** The ten chapters in the tutorial's order (MISSION.md, "What the source material teaches"). */
export function chapters(): readonly Chapter[] {
  const reverse = seedReverse();
  const stride2 = seedReverse({ stride: [2, 2] });
  return [
    { number: 1, id: "transpose", show: { kind: "page", page: "transpose" }, questions: [] },
    { number: 2, id: "upsample", show: { kind: "page", page: "upsample" }, questions: [] },
    { number: 3, id: "applications", show: { kind: "page", page: "applications" }, questions: [] },
    { number: 4, id: "conv", show: { kind: "explorer", config: SEED_CONV, views: ["scatter"], step: 1 }, questions: [windowQuestion()] },
    {
      number: 5,
      id: "transposed",
      show: { kind: "explorer", config: reverse, views: ["scatter"], step: AT_END },
      questions: [contributionsQuestion(reverse), scatterValueQuestion(reverse)],
    },
    { number: 6, id: "matrix", show: { kind: "explorer", config: SEED_CONV, views: ["matrix"], step: 1 }, questions: [nonZerosQuestion()] },
    {
      number: 7,
      id: "zero",
      show: { kind: "explorer", config: stride2, views: ["zero"], step: AT_END },
      questions: [borderQuestion(stride2), usefulQuestion(stride2)],
    },
    {
      number: 8,
      id: "sizes",
      show: { kind: "explorer", config: SIZES_VIEW, views: ["scatter"], step: AT_END },
      questions: [convSizeQuestion(), outputPaddingQuestion()],
    },
    { number: 9, id: "checkerboard", show: { kind: "page", page: "checkerboard" }, questions: [evenKernelQuestion()] },
    { number: 10, id: "summary", show: { kind: "summary" }, questions: [] },
  ];
}

export { CHAPTER_COUNT } from "./chapterCount";

import type { Translation } from "../catalogue";
import type { lessonEntryEn } from "./lessonEntry.en";

/** 简体中文 messages of the start page's way into the lesson. */
export const lessonEntryZh: Translation<typeof lessonEntryEn> = {
  "lesson.start": "从头学起",
  "lesson.startLead": "按教程顺序的十个短章节，每章先请你预测，再给你看结果。",
};

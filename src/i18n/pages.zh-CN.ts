import type { Translation } from "./catalogue";
import { galleryZh } from "./features/gallery.zh-CN";
import { learnZh } from "./features/learn.zh-CN";
import { lessonZh } from "./features/lesson.zh-CN";
import type { enPages } from "./pages.en";
import { whyZh } from "./features/why.zh-CN";

/** 简体中文 messages of the pages other than the explorer (see pages.en.ts). */
export const zhPages: Translation<typeof enPages> = {
  ...galleryZh,
  ...whyZh,
  ...learnZh,
  ...lessonZh,
};

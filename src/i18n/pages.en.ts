import { galleryEn } from "./features/gallery.en";
import { learnEn } from "./features/learn.en";
import { lessonEn } from "./features/lesson.en";
import { whyEn } from "./features/why.en";

/**
 * English messages of the pages other than the explorer (the gallery, the "why" pages, the lesson and practice): their
 * own chunk, fetched with the first of those pages, so the start page does not carry them.
 */
export const enPages = {
  ...galleryEn,
  ...whyEn,
  ...learnEn,
  ...lessonEn,
} as const;

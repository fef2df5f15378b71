import type { Translation } from "../catalogue";
import type { galleryEn } from "./gallery.en";

/** 简体中文 messages of the gallery feature: every key of gallery.en.ts, with the same placeholders. */
export const galleryZh: Translation<typeof galleryEn> = {};

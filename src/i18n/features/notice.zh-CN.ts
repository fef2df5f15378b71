import type { Translation } from "../catalogue";
import type { noticeEn } from "./notice.en";

/** 简体中文 messages of the notice feature: every key of notice.en.ts, with the same placeholders. */
export const noticeZh: Translation<typeof noticeEn> = {};

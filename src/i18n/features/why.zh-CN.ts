import type { Translation } from "../catalogue";
import type { whyEn } from "./why.en";

/** 简体中文 messages of the why feature: every key of why.en.ts, with the same placeholders. */
export const whyZh: Translation<typeof whyEn> = {};

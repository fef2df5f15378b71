import type { Translation } from "../catalogue";
import type { shellEn } from "./shell.en";

/** 简体中文 messages of the app shell: parts loaded on demand, offline use and updates. */
export const shellZh: Translation<typeof shellEn> = {
  "chunk.loading": "加载中…",
  "chunk.failed": "应用的这一部分未能加载。请检查网络连接后重试。",
  "chunk.retry": "重试",
  "sw.offlineReady": "已可离线使用：没有网络时也能打开本应用。",
  "sw.updateWaiting": "新版本已就绪：下次打开时启用。",
  "sw.updateNow": "立即使用",
  "sw.dismiss": "关闭",
  "sw.dismissLabel": "关闭此提示",
};

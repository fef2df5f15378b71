import type { Translation } from "../catalogue";
import type { workerEn } from "./worker.en";

/** 简体中文 messages about the workers (merged by ../zh-CN.ts). */
export const workerZh: Translation<typeof workerEn> = {
  "worker.pending": "正在计算输入 {now} 的结果… 下面的视图仍显示上一次的结果（输入 {then}）。",
  "worker.pendingFirst": "正在计算输入 {now} 的结果…",
  "worker.unavailable": "暂时无法计算结果",
  "worker.retry": "重试",
  "worker.restarted": "计算 Worker 停止了响应，已重新启动并再次请求：视图显示的是它的新结果。",
};

import type { Translation } from "../catalogue";
import type { navEn } from "./nav.en";

/** 简体中文 messages of the navigation between pages. */
export const navZh: Translation<typeof navEn> = {
  "nav.label": "页面",
  "nav.explorer": "探索器",
  "nav.gallery": "预设",
  "nav.transpose": "矩阵转置",
  "nav.upsample": "上采样实验室",
  "nav.checkerboard": "棋盘效应",
  "nav.learn": "会学习的卷积核",
  "nav.applications": "应用",
  "nav.lesson": "引导课程",
  "nav.practice": "练习",
} as const;

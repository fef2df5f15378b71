import type { Translation } from "../catalogue";
import type { presentEn } from "./present.en";

/** 简体中文 messages of presenter mode and the spoken step caption. */
export const presentZh: Translation<typeof presentEn> = {
  "present.enter": "演示",
  "present.enterTitle": "演示模式：为投影仪放大字号。按 Esc 退出，按 F 切换全屏。",
  "present.leave": "退出演示模式（Esc）",
  "present.fullscreen": "全屏（F）",
  "present.narration": "步骤朗读",
  "share.heading": "分享与导出",
};

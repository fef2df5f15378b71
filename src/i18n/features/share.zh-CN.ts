import type { Translation } from "../catalogue";
import type { shareEn } from "./share.en";

/** 简体中文 messages of the Copy link control. */
export const shareZh: Translation<typeof shareEn> = {
  "share.copy": "复制链接",
  "share.copyTitle": "复制一个能精确打开当前视图的链接",
  "share.copied": "链接已复制",
  "share.copyFailed": "无法复制：请选中链接后按 Ctrl+C",
  "share.label": "当前视图的链接",
};

import type { Translation } from "../catalogue";
import type { presentEn } from "./present.en";

/** 简体中文 messages of presenter mode and the spoken step caption. */
export const presentZh: Translation<typeof presentEn> = {
  "present.captionStart": "第一步之前。按空格键播放，或按 → 单步前进。",
  "present.cell": "{sym}[{r},{c}]",
  "present.cellChannel": "{sym}[{ch},{r},{c}]",
  "present.gather": "{cell} = {terms} = {value}",
  "present.gatherEmpty": "{cell} = {value}：所有位置都落在填充或插入的零上",
  "present.scatter": "{cell} = {value} 散射到 {out} 的 {count} 个单元（第 {rows} 行，第 {cols} 列）：每个 += {value} × 对应权重",
  "present.scatterCropped": "{cell} = {value} 落在 {out} 之外：它的 {count} 个贡献都被填充裁掉",
  "present.mac": "{cell} += {x} × {w}",
  "present.macCropped": "{x} × {w} 落在 {cell}，在 {out} 之外：被填充裁掉",
  "present.macPadding": "{cell} += 0 × {w}（填充）",
  "present.more": "…（还有 {n} 项）",
  "present.range": "{a}–{b}",
  "present.enter": "演示",
  "present.enterTitle": "演示模式：为投影仪放大字号。按 Esc 退出，按 F 切换全屏。",
  "present.leave": "退出演示模式（Esc）",
  "present.fullscreen": "全屏（F）",
  "present.narration": "步骤朗读",
  "share.heading": "分享与导出",
};

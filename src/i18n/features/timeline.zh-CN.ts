import type { Translation } from "../catalogue";
import type { timelineEn } from "./timeline.en";

/** 简体中文 messages of the timeline feature: every key of timeline.en.ts, with the same placeholders. */
export const timelineZh: Translation<typeof timelineEn> = {
  "timeline.position": "第 {n} 步，共 {total} 步",
  "timeline.start": "第 1 步之前，共 {total} 步",
  "timeline.empty": "没有步骤",
  "timeline.granularity": "每步",
  "timeline.scatter": "一个输入格",
  "timeline.scatterOrder": "散射",
  "timeline.scatterTitle": "每步处理一个输入格，按散射顺序：把它乘以卷积核后加到输出上",
  "timeline.gather": "一个输出格",
  "timeline.gatherOrder": "汇聚",
  "timeline.gatherTitle": "每步计算一个输出格，按汇聚顺序：把窗口下的乘积求和",
  "timeline.mac": "一次乘加",
  "timeline.macOrder": "一个乘积",
  "timeline.macTitle": "每步只做一次乘法和加法",
  "timeline.steps": "{count} 步",
  "timeline.scatterConv": "按输入格单步需要转置方向：普通卷积是汇聚式的，每步由窗口计算一个输出格。",
  "timeline.macTooMany": "无法按乘加单步：当前配置有 {count} 次乘加，超过 {limit} 步，逐步观看太多。",
  "timeline.scatterConvTag": "仅限转置方向",
  "timeline.macTooManyTag": "{count} 次：太多",
  "timeline.speed": "速度",
  "timeline.speedOption": "{speed}×",
  "timeline.speedTitle": "每秒步数（按键 + 和 −）",
  "timeline.loop": "循环",
  "timeline.loopTitle": "到结尾后从头重新开始，而不是停下",
  "timeline.keys": "空格 播放 · ← → 单步 · Home End · + − 速度",
};

import type { Translation } from "./catalogue";
import type { en } from "./en";
import { controlsZh } from "./features/controls.zh-CN";
import { explorerZh } from "./features/explorer.zh-CN";
import { matrixZh } from "./features/matrix.zh-CN";
import { timelineZh } from "./features/timeline.zh-CN";
import { codeZh } from "./features/code.zh-CN";
import { navZh } from "./features/nav.zh-CN";
import { exportZh } from "./features/export.zh-CN";
import { presentZh } from "./features/present.zh-CN";
import { shareZh } from "./features/share.zh-CN";
import { lessonEntryZh } from "./features/lessonEntry.zh-CN";
import { shellZh } from "./features/shell.zh-CN";
import { layersZh } from "./features/layers.zh-CN";
import { workerZh } from "./features/worker.zh-CN";


/**
 * 简体中文 messages of the start page and the explorer (the other pages' are in pages.zh-CN.ts).
 * Technical terms keep their English name where students will meet it.
 */
export const zhCN: Translation<typeof en> = {
  ...controlsZh,
  ...explorerZh,
  ...matrixZh,
  ...timelineZh,
  ...codeZh,
  ...navZh,
  ...exportZh,
  ...presentZh,
  ...shareZh,
  ...lessonEntryZh,
  ...shellZh,
  ...layersZh,
  ...workerZh,

  "app.title": "转置卷积可视化",
  "app.titleAlt": "Transposed Convolution Explorer",
  "app.tagline": "一步一步观察卷积及其反向过程——转置卷积：三种算法，同一个结果。",
  "lang.label": "语言",
  "lang.en": "EN",
  "lang.zh": "中文",
  "lang.enTitle": "Show the app in English",
  "lang.zhTitle": "用中文显示",

  "direction.label": "方向",
  "direction.conv": "卷积（多对一）",
  "direction.transposed": "转置卷积（一对多）",
  "direction.convLead": "每个输出单元是窗口下 {k} 个输入值与对应卷积核权重乘积之和：{k} 个值 → 1 个值。",
  "direction.transposedLead": "同一个卷积核反向运行：每个输入值乘以卷积核后加到 {k} 个输出单元上，重叠处累加：1 个值 → {k} 个单元。",

  "grid.input": "输入",
  "grid.kernel": "卷积核",
  "grid.output": "输出",
  "grid.original": "原始输入",
  "grid.contribution": "本步加上的值",
  "grid.shape": "{rows}×{cols}",
  "grid.aria": "{name} {symbol}，{rows} 行 {cols} 列",
  "grid.cellAria": "{symbol}[{r},{c}] = {value}",
  "grid.cellPendingAria": "{symbol}[{r},{c}]，尚未计算",
  "grid.cellCountAria": "{symbol}[{r},{c}] = {value}，{count} / {total} 个贡献已收到",
  "grid.countTitle": "目前已收到的贡献：{count} / {total}",

  "stage.convOp": "与之卷积",
  "stage.transposedOp": "与之转置卷积",
  "stage.gives": "得到",

  "step.ready": "准备就绪。按“播放”，或按 → 走第一步。",
  "step.convAt": "第 {n} 步，共 {total} 步：输出 {symbol}[{r},{c}]",
  "step.transposedAt": "第 {n} 步，共 {total} 步：输入 {symbol}[{r},{c}] 向外散射",
  "step.finished": "完成：共 {total} 步",

  "sum.title": "累加和",
  "sum.idle": "每一步把窗口下的 {k} 个乘积相加，得到一个输出单元。",
  "sum.runningTitle": "加上这一项后的累加和",
  "sum.paddingTerm": "填充",
  "sum.mapping": "{k} 个输入值 → 1 个输出值（感受野 {kh}×{kw}）",

  "scatter.title": "散射累加",
  "scatter.idle": "每一步把一个输入值乘以卷积核，加到它的 {k} 个单元的足迹上。输出单元角上的小数字表示它已收到的贡献个数。",
  "scatter.equation": "{value} × {kernel} 加到 {outSymbol} 的第 {r0}–{r1} 行、第 {c0}–{c1} 列",
  "scatter.mapping": "1 个输入值 → {k} 个输出单元",

  "inverse.title": "{outSymbol} 不是原来的 {inSymbol}",
  "inverse.body":
    "卷积不可逆：不同的输入可能给出相同的输出，{inSymbol} 的数值已经丢失。转置卷积只恢复位置关系（连接方式）：{outSymbol} 具有 {inSymbol} 的形状和连接，但不是它的数值。",

  "playback.label": "播放控制",
  "playback.play": "播放",
  "playback.pause": "暂停",
  "playback.stepBack": "后退一步",
  "playback.stepForward": "前进一步",
  "playback.reset": "重置",
  "playback.end": "跳到结尾",
  "playback.playTitle": "播放（空格）",
  "playback.pauseTitle": "暂停（空格）",
  "playback.stepBackTitle": "后退一步（←）",
  "playback.stepForwardTitle": "前进一步（→）",
  "playback.resetTitle": "回到第一步之前（Home）",
  "playback.endTitle": "跳到最终状态（End）",
  "playback.scrubber": "步骤",

  "legend.label": "图例",
  "legend.read": "本步读取",
  "legend.written": "本步写入",
  "legend.pending": "尚未计算",
  "legend.count": "已收到的贡献数",
  "legend.linked": "与指针或键盘焦点所在单元相连",

  "status.loading": "计算中…",
  "status.worker": "在 Web Worker 中计算，用时 {ms} 毫秒",
  "status.mainThread": "在主线程中计算，用时 {ms} 毫秒",
  "error.title": "无法计算这个配置",
  "error.stale": "下面显示的是最后一次成功计算的结果。",
  "error.none": "暂时没有可显示的内容。",
  "boundary.title": "绘制这个视图时出错了。",
  "boundary.retry": "重试",
};

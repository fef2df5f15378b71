import type { Translation } from "../catalogue";
import type { exportEn } from "./export.en";

/** 简体中文 messages of the export feature: every key of export.en.ts, with the same placeholders. */
export const exportZh: Translation<typeof exportEn> = {
  "export.label": "导出",
  "export.json": "步骤轨迹 JSON",
  "export.jsonTitle": "把轨迹的每一步下载为 JSON（格式说明见 docs/trace-format.md）",
  "export.svg": "SVG",
  "export.svgTitle": "把当前这一步下载为矢量图",
  "export.png": "PNG",
  "export.pngTitle": "把当前这一步下载为两倍分辨率的图片",
  "export.gif": "GIF",
  "export.gifTitle": "在后台线程中把整条轨迹编码为动画",
  "export.progressLabel": "GIF 编码进度",
  "export.progress": "正在编码 GIF：第 {done} 帧，共 {total} 帧",
  "export.progressDone": "GIF 已完成：共 {total} 帧",
  "export.cancel": "取消",
  "export.cancelTitle": "停止编码 GIF",
  "export.cancelled": "已取消 GIF 导出。",
  "export.saved": "已保存 {file}（{size}）。",
  "export.failed": "导出失败：{message}",
  "export.gifUnsupported": "此浏览器无法在这里编码 GIF：没有可用于绘制帧的画布。SVG、PNG 和 JSON 导出仍然可用。",
  "export.sampled": "轨迹共有 {steps} 步；GIF 最多展示 {shown} 步，因此均匀选取 {shown} 步（包括最后一步）。",
  "export.notReady": "配置计算完成后即可导出。",

  "export.title.conv": "卷积 · {sizes}",
  "export.title.transposed": "转置卷积 · {sizes}",
  "export.column": "{name} {symbol} · {shape}",
  "export.channel": "通道 {c}",
  "export.caption.before": "第一步之前",
  "export.caption.gather": "第 {n} 步，共 {total} 步：输出 {cell} = {value}",
  "export.caption.scatter": "第 {n} 步，共 {total} 步：输入 {cell} = {value} 被散射到 {count} 个输出格子",
  "export.caption.mac": "第 {n} 步，共 {total} 步：{cell} += {x} × {w} → {value}",
  "export.caption.padding": "填充",
  "export.caption.cropped": "（被填充裁掉）",
};

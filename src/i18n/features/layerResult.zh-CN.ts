import type { Translation } from "../catalogue";
import type { layerResultEn } from "./layerResult.en";

/** 简体中文 messages of what a layer import shows once done (see layerResult.en.ts). */
export const layerResultZh: Translation<typeof layerResultEn> = {
  "layers.imported": "{framework} {layer}：在 PyTorch 中为 padding={padding}，output_padding={outputPadding}。",
  "layers.channelsKept": "它的 {inC} → {outC} 个通道超出了探索器网格能显示的数量（最多 {max} 个）：保留当前的通道数，只采用这一层的几何参数。",
  "layers.exact": "PyTorch 的对称填充可以精确表达它。",
  "layers.crop": "PyTorch 的对称填充无法表达它：这一层还会从 PyTorch 的输出中去掉顶部 {top} 行、底部 {bottom} 行、左侧 {left} 列和右侧 {right} 列，下方网格中已划掉这些单元。",
  "layers.inputPad": "在这一层之前，PyTorch 需要先用 F.pad 填充输入：上 {top}、下 {bottom}、左 {left}、右 {right}（负值表示裁剪）。",
  "layers.agree": "保留下来的单元与这一层单独计算的输出完全相同。",
  "layers.disagree": "保留下来的单元与这一层自己的输出不同。",
  "layers.gridLabel": "PyTorch 的输出（第一个通道），被这一层裁掉的单元已划掉",
  "layers.cropped": "被这一层裁掉",
  "layers.disagreeTitle": "框架之间不一致",
  "layers.disagreeLead": "另一个框架的 \"same\" 从同一个完整结果得到同样 {size} 的输出，但保留的窗口相对 PyTorch 移动了 {down} 行、{right} 列（负值表示向上、向左）：尺寸相同，位置错开。",
  "layers.disagreeAgreeing": "{names} 保留的单元与 PyTorch 相同。",
  "layers.compareGrid": "{framework} 的输出（第一个通道）",
};

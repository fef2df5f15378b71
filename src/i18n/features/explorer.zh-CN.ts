import type { Translation } from "../catalogue";
import type { explorerEn } from "./explorer.en";

/** 简体中文 messages of the explorer feature: every key of explorer.en.ts, with the same placeholders. */
export const explorerZh: Translation<typeof explorerEn> = {
  "explorer.label": "可视化",
  "layout.sidebar": "参数",

  "view.label": "视图",
  "view.window": "滑动窗口",
  "view.windowLead": "每个输出单元读取卷积核覆盖的输入窗口，把乘积相加。",
  "view.scatter": "散射累加",
  "view.scatterLead": "每个输入值乘以卷积核后加到它的足迹上，重叠处累加。",
  "view.zero": "插零",
  "view.zeroLead": "{zeros}，{border}，再用旋转 180° 的卷积核做普通卷积。",
  "view.zerosInserted": "在输入值之间插入 {rows} 行零和 {cols} 列零",
  "view.noZeros": "步长为 1，无需插零",
  "view.borderAll": "四周补 {n} 圈边",
  "view.cropAll": "不补边，反而四周各裁掉 {n}（填充超过了 d(k−1)）",
  "view.borderNegative": "（负数表示裁掉）",
  "view.borderSides": "补边：上 {top}、左 {left}、下 {bottom}、右 {right}",
  "view.zeroTitle": "对插零、补边后的输入做普通卷积，得到相同的结果",
  "view.zeroConv": "插零用来模拟转置卷积：切换方向即可看到。",
  "view.matrix": "矩阵",
  "view.matrixTitle": "x′ = Cᵀ·y：转置卷积就是稀疏矩阵乘以向量",
  "view.editTools": "编辑数值：填充、粘贴、翻转卷积核",
  "view.matrixConv": "y = C·x：卷积就是稀疏矩阵乘以向量",

  "grid.channel": "通道 {n}",
  "grid.pair": "w[{a},{b}]",
  "grid.flipped": "已翻转（真正的卷积）",
  "grid.unlinked": "没有权重连接输入通道 {input} 和输出通道 {output}：它们属于不同的组。",
  "grid.upsampled": "上采样后的输入",
  "grid.rotated": "旋转后的卷积核",
  "grid.insertedSuffix": "，插入的零",
  "grid.borderSuffix": "，边缘填充",
  "grid.canvasAria":
    "{name} {symbol}，{rows} 行 {cols} 列，以图片绘制：本步涉及 {active} 个单元，{linked} 个与焦点单元相连。聚焦后可用方向键逐个读取单元。",
  "grid.croppedAria": "y·w[{r},{c}] = {value}，被填充裁掉：落在输出之外",

  "channels.input": "输入通道",
  "channels.output": "输出通道",
  "channels.kernel": "卷积核",

  "check.label": "各种算法结果一致吗？",
  "check.same": "各种算法结果相同：",
  "check.differ": "各种算法结果不一致：",
  "check.window": "滑动窗口",
  "check.scatter": "散射累加",
  "check.zeroInsertion": "插零卷积",
  "check.matrix": "矩阵 × 向量",
  "check.diff": "与 {direct} 的最大绝对差：",

  "waste.title": "插零卷积中的乘法",
  "waste.soFar": "目前：{total} 个输出单元中的 {n} 个",
  "waste.inAll": "全部",
  "waste.useful": "{count} 次乘以输入值",
  "waste.inserted": "{count} 次乘以插入的零",
  "waste.border": "{count} 次乘以边缘填充",
  "waste.ratio": "共 {total} 次：有用 {useful}，浪费 {wasted}",
  "waste.scatter": "散射累加做 {macs} 次乘法（其中 {useful} 次落在输出内）；插零卷积做 {all} 次。",
  "waste.hint": "按输出单元单步执行，可以看到计数增长。",

  "step.gatherAt": "第 {n} 步，共 {total} 步：由插零窗口计算输出 {symbol}[{r},{c}]",
  "sum.insertedTerm": "乘以插入的零：浪费",
  "sum.borderTerm": "乘以边缘填充：浪费",
  "sum.zeroMapping": "{total} 个乘积中只有 {useful} 个用到输入值，其余都是乘以零。",
  "scatter.croppedTitle": "被填充裁掉：这个乘积算出来后落在输出之外",
  "scatter.allCropped": "这一步的所有乘积都落在输出之外（被填充裁掉）。",
  "scatter.cropped": "{count} 个被填充裁掉",

  "legend.inserted": "插入的零",
  "legend.border": "边缘填充",
};

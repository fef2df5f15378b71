import type { Lang } from "./index";

/**
 * The app's rule messages (the core's PyTorch rules, the explorer's limits, the paste parser, the
 * URL repairs, a worker crash) are written once, in English, where they are raised. This table
 * renders them in 简体中文, one pattern per message shape, so no Chinese screen shows English prose.
 * PyTorch identifiers inside "(got …)" stay as they are: they are code.
 */
const FIELDS: Record<string, string> = {
  stride: "步幅",
  padding: "填充",
  dilation: "膨胀率",
  outputPadding: "输出填充",
  "output padding": "输出填充",
  groups: "分组数",
  "input size": "输入尺寸",
  "output size": "输出尺寸",
  "kernel size": "卷积核尺寸",
  "input height": "输入高度",
  "input width": "输入宽度",
  "kernel height": "卷积核高度",
  "kernel width": "卷积核宽度",
  "input channels": "输入通道数",
  "output channels": "输出通道数",
  "every input value": "每个输入值",
  "every kernel value": "每个卷积核值",
  "every bias value": "每个偏置值",
  input: "输入",
  weight: "权重",
  kernel: "卷积核",
  bias: "偏置",
};

function field(name: string): string {
  const axis = /^(.*) \((height|width)\)$/.exec(name);
  if (axis) return `${field(axis[1])}（${axis[2] === "height" ? "高" : "宽"}）`;
  return FIELDS[name] ?? name;
}

const got = (s: string) => `（收到 ${s}）`;

const WORKERS: Record<string, string> = { compute: "计算", image: "图像", training: "训练" };

const ENUMS: Record<string, string> = {
  conv: "卷积",
  transposed: "转置卷积",
  scatter: "散射",
  zero: "插零",
  matrix: "矩阵",
  gather: "聚集",
  mac: "单次乘加",
  // The "why" pages' settings (url/pageSettings.ts): what a link repair falls back to.
  camera: "摄影师",
  astronaut: "宇航员",
  coffee: "咖啡",
  chelsea: "猫咪 Chelsea",
  noise: "1/f 噪声",
  zone: "波带片",
  zonePlate: "波带片",
  checkerboard: "棋盘格",
  text: "文字",
  flat: "均匀灰色",
  adam: "Adam",
  momentum: "SGD + 动量",
  random: "随机",
  zeros: "全零",
  bilinear: "双线性",
  typed: "手动输入",
  rgb: "RGB",
  gray: "灰度",
  image: "图像",
  diff: "差异",
  constant: "常数",
};
const ENUM_NAMES = Object.keys(ENUMS).join("|");

type Rule = [RegExp, (m: RegExpExecArray) => string];

const RULES: Rule[] = [
  [/^(.+) must be a finite integer ≥ (\S+) \(got (.+)\)$/, (m) => `${field(m[1])}必须是 ≥ ${m[2]} 的有限整数${got(m[3])}`],
  [/^(.+) must be an integer \(got (.+)\)$/, (m) => `${field(m[1])}必须是整数${got(m[2])}`],
  [/^(.+) must be ≥ (\S+) \(got (.+)\)$/, (m) => `${field(m[1])}必须 ≥ ${m[2]}${got(m[3])}`],
  [/^(.+) must be a number or a pair \[height, width\] \(got (.+)\)$/, (m) => `${field(m[1])}必须是一个数或一对 [高, 宽]${got(m[2])}`],
  [/^(.+) must be a number \(got (.+)\)$/, (m) => `${field(m[1])}必须是数字${got(m[2])}`],
  [/^(.+) must be a whole number \(got (.+)\)$/, (m) => `${field(m[1])}必须是整数${got(m[2])}`],
  [/^(.+) must be between (\S+) and (\S+) \(got (.+)\)$/, (m) => `${field(m[1])}必须在 ${m[2]} 到 ${m[3]} 之间${got(m[4])}`],
  [
    /^output padding must be smaller than either stride or dilation \(got (.+)\)$/,
    (m) => `输出填充必须小于步幅或膨胀率${got(m[1])}`,
  ],
  [
    /^output size must be at least 1: the padded input i\+2p=(\S+) is smaller than the dilated kernel d\(k−1\)\+1=(\S+) \(got (.+)\)$/,
    (m) => `输出尺寸至少为 1：填充后的输入 i+2p=${m[1]} 小于膨胀后的卷积核 d(k−1)+1=${m[2]}${got(m[3])}`,
  ],
  [
    /^output size must be at least 1: padding 2p=(\S+) crops more than \(i−1\)s \+ d\(k−1\) \+ output_padding \+ 1 = (\S+) cells \(got (.+)\)$/,
    (m) => `输出尺寸至少为 1：填充 2p=${m[1]} 裁掉的多于 (i−1)s + d(k−1) + output_padding + 1 = ${m[2]} 个单元${got(m[3])}`,
  ],
  [
    /^output size must be at least 1×1: the padded input \((.+?)\) is smaller than the dilated kernel \((.+?)\) \(got output (.+)\)$/,
    (m) => `输出尺寸至少为 1×1：填充后的输入（${m[1]}）小于膨胀后的卷积核（${m[2]}）（得到输出 ${m[3]}）`,
  ],
  [
    /^output size must be at least 1×1: padding crops the whole output \(got output (.+) from input (.+), padding=(.+)\)$/,
    (m) => `输出尺寸至少为 1×1：填充裁掉了整个输出（输入 ${m[2]}，padding=${m[3]}，得到输出 ${m[1]}）`,
  ],
  [/^output padding applies to convTranspose2d only \(got (.+)\)$/, (m) => `输出填充只用于转置卷积 convTranspose2d${got(m[1])}`],
  [/^out channels must be divisible by groups \(got (.+)\)$/, (m) => `输出通道数必须能被分组数整除${got(m[1])}`],
  [/^input channels must be divisible by groups \(got (.+)\)$/, (m) => `输入通道数必须能被分组数整除${got(m[1])}`],
  [/^input channels must equal (weight\.shape\[[01]\](?:·groups)?) = (\S+) \(got (.+)\)$/, (m) => `输入通道数必须等于 ${m[1]} = ${m[2]}${got(m[3])}`],
  [/^groups must divide both channel counts \(got (.+)\)$/, (m) => `分组数必须同时整除输入和输出通道数${got(m[1])}`],
  [/^bias must hold one value per output channel: (\S+) \(got (.+)\)$/, (m) => `偏置必须每个输出通道一个值，共 ${m[1]} 个${got(m[2])}`],
  [/^(input|kernel) must hold (\S+) values \(got (.+)\)$/, (m) => `${field(m[1])}必须有 ${m[2]} 个值${got(m[3])}`],
  [/^(input|weight) must have (\S+)(?: or (\S+))? dimensions \(got (.+)\)$/, (m) => `${field(m[1])}必须是 ${m[3] ? `${m[2]} 或 ${m[3]}` : m[2]} 维${got(m[4])}`],
  [/^(input|weight) shape must hold integers ≥ 1 \(got (.+)\)$/, (m) => `${field(m[1])}的形状必须都是 ≥ 1 的整数${got(m[2])}`],
  [/^(input|weight) data must hold (\S+) values for shape (.+) \(got (.+)\)$/, (m) => `形状为 ${m[3]} 的${field(m[1])}数据必须有 ${m[2]} 个值${got(m[4])}`],
  [/^(input|weight) must be a tensor with a shape \(got (.+)\)$/, (m) => `${field(m[1])}必须是带形状的张量${got(m[2])}`],
  [/^input must be unbatched \[C, H, W\] \(got (\S+) dimensions\)$/, (m) => `输入必须是不带批次维的 [C, H, W]（收到 ${m[1]} 维）`],
  [
    /^this configuration's trace would hold (\S+) entries, over the limit of (\S+?)(?::.*)?$/,
    (m) => `这个配置的步骤记录将有 ${m[1]} 项，超过上限 ${m[2]}：请减小输入、卷积核或通道数`,
  ],
  [/^no (input|kernel|bias) cell (\S+)$/, (m) => `${field(m[1])}没有第 ${m[2]} 个单元`],
  [
    /^The (compute|image|training) worker stopped unexpectedly \((.*)\)\. A fresh worker will start with the next request\.$/,
    (m) => `${WORKERS[m[1]]} Worker 意外停止（${m[2]}）。下一次请求会启动新的 Worker。`,
  ],
  [/^unknown request type (.+)$/, (m) => `未知的请求类型 ${m[1]}`],
  // The paste parser (core/paste.ts).
  [/^the pasted text is empty$/, () => "粘贴的文本为空"],
  [/^no values found$/, () => "没有找到数值"],
  [/^a \[ is never closed$/, () => "有一个 [ 没有闭合"],
  [/^a closing \] has no matching \[$/, () => "有一个 ] 没有对应的 ["],
  [/^text continues after the matrix's closing \]$/, () => "矩阵的 ] 之后还有多余文本"],
  [/^“(.*)” stands outside the brackets$/, (m) => `“${m[1]}”在括号之外`],
  [/^only 2-D matrices can be pasted \(found more than two nested levels\)$/, () => "只能粘贴二维矩阵（发现超过两层嵌套）"],
  [/^rows must be the same length: row 1 has (\S+) values, row (\S+) has (\S+)$/, (m) => `各行长度必须相同：第 1 行有 ${m[1]} 个值，第 ${m[2]} 行有 ${m[3]} 个`],
  [/^(?:row (\S+), )?value (\S+): “(.*)” is not a number$/, (m) => `${m[1] ? `第 ${m[1]} 行` : ""}第 ${m[2]} 个值：“${m[3]}”不是数字`],
  [/^(?:row (\S+), )?value (\S+) is (\S+): only finite numbers can be used$/, (m) => `${m[1] ? `第 ${m[1]} 行` : ""}第 ${m[2]} 个值是 ${m[3]}：只能使用有限数值`],
  // What a URL repair kept (url/codec.ts, Fix.kept).
  [/^read as version (\S+)$/, (m) => `按版本 ${m[1]} 读取`],
  [/^ignored$/, () => "已忽略"],
  [/^ignored \(bad % escape\)$/, () => "已忽略（% 转义无效）"],
  [/^the seed example$/, () => "初始示例"],
  [/^the first two values$/, () => "前两个值"],
  [/^the browser's language$/, () => "浏览器的语言"],
  [/^(\S+) \(the top-left part\)$/, (m) => `${m[1]}（保留左上部分）`],
  [/^(\S+) value\(s\) that were not numbers became 0$/, (m) => `${m[1]} 个不是数字的值改为 0`],
  [/^(\S+) bias value\(s\) that were not numbers became 0$/, (m) => `${m[1]} 个不是数字的偏置值改为 0`],
  [/^(\S+) short row\(s\) padded with 0$/, (m) => `${m[1]} 个过短的行用 0 补齐`],
  [/^every channel resized to the first one's size$/, () => "每个通道都调整为第一个通道的大小"],
  [/^(\S+) kernel\(s\), resized$/, (m) => `调整为 ${m[1]} 个卷积核`],
  [/^(\S+) kernel\(s\)$/, (m) => `${m[1]} 个卷积核`],
  [/^(\S+), resized$/, (m) => `调整为 ${m[1]} 个`],
  [/^(\S+) value\(s\)$/, (m) => `${m[1]} 个值`],
  [/^(\S+) value\(s\) beyond ±(\S+)$/, (m) => `${m[1]} 个值超出 ±${m[2]}`],
  [/^groups=(\S+) with (\S+) in \/ (\S+) out channels$/, (m) => `groups=${m[1]}，输入 ${m[2]} 个通道、输出 ${m[3]} 个通道`],
  [/^a kernel no larger than the input$/, () => "不大于输入的卷积核"],
  [/^output_padding=0$|^dilation=1$|^padding=0$|^stride=1$/, (m) => m[0]],
  [/^the first kernel only$/, () => "只保留第一个卷积核"],
  // Enumerated values a repair may keep (mode, views, granularity, the "why" pages' choices).
  [new RegExp(`^(?:${ENUM_NAMES})(?:,(?:${ENUM_NAMES}))*$`), (m) => m[0].split(",").map((v) => ENUMS[v]).join("、")],
];

/** A rule message in the given language (English messages are returned as written). */
export function localizeProblem(message: string, lang: Lang): string {
  if (lang === "en") return message;
  for (const [pattern, render] of RULES) {
    const m = pattern.exec(message);
    if (m) return render(m);
  }
  return message;
}

import type { Translation } from "../catalogue";
import type { codeEn } from "./code.en";

/** 简体中文 messages of the code feature: every key of code.en.ts, with the same placeholders. */
export const codeZh: Translation<typeof codeEn> = {
  "code.title": "代码：PyTorch、Keras、ONNX",
  "code.lead": "运行这段代码会打印旁边的列表；那是本应用用自己的计算核心、按该框架自己的层算出，并按代码同样方式取整的结果。",
  "code.tabs": "框架",
  "code.snippetLabel": "复现当前配置的 {framework} 代码",
  "code.language.pytorch": "Python · PyTorch",
  "code.language.keras": "Python · Keras（通道在后）",
  "code.language.onnx": "Python · ONNX Runtime",
  "code.layerLine": "这一层：",
  "code.cannot": "{framework} 无法表达这个配置：",
  "code.float32": "ONNX Runtime 的 Conv 与 ConvTranspose 只用 float32 计算：数值不是小整数时，打印的最后几位可能不同。",
  "code.outputTitle": "输出（由本应用计算）",
  "code.outputLabel": "代码打印的列表，由本应用计算",
  "code.copy": "复制",
  "code.copyTitle": "把代码复制到剪贴板",
  "code.copyOutput": "复制输出",
  "code.copyOutputTitle": "把打印的列表复制到剪贴板",
  "code.copied": "已复制",
  "code.copyFailed": "浏览器阻止了复制：文本已选中，请按 Ctrl+C。",
  "code.empty": "配置计算完成后，这里会显示代码。",
};

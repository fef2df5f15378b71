import type { Translation } from "../catalogue";
import type { layersEn } from "./layers.en";

/** 简体中文 messages of the layer import feature. Code, argument names and values stay as written. */
export const layersZh: Translation<typeof layersEn> = {
  "layers.title": "导入一层",
  "layers.lead": "粘贴一个 PyTorch、Keras 或 ONNX 卷积层（粘贴到这里或探索器的任何位置）：探索器会采用它的方向、卷积核和参数。",
  "layers.label": "层的文本",
  "layers.import": "导入",
  "layers.edited": "导入之后参数已被修改。",
  "layers.unloaded": "无法加载读取层的代码，因此没有导入，你的文本已保留。请检查网络连接后再按“导入”。",
};

export type Framework = "pytorch" | "keras" | "onnx";
export const FRAMEWORKS: readonly Framework[] = ["pytorch", "keras", "onnx"];

import { ProblemError } from "../problem";

/**
 * Every code importLayer, layerOutput and pytorchEquivalent can refuse with. The catalogues
 * render each as `problem.<code>` (src/i18n/features/layers.*.ts) from the same values, which are
 * numbers, the user's own text, or code literals (argument names, "same", H/W), never English.
 */
export const LAYER_PROBLEM_CODES = [
  "layer.empty",
  "layer.syntax",
  "layer.unknownLayer",
  "layer.tooManyArguments",
  "layer.unknownArgument",
  "layer.duplicateArgument",
  "layer.missingArgument",
  "layer.badInteger",
  "layer.badPair",
  "layer.badBool",
  "layer.badList",
  "layer.badPadding",
  "layer.padsWithAutoPad",
  "layer.unsupported",
  "layer.dilatedStride",
  "layer.dilatedSame",
  "layer.sameStride",
  "layer.outputPadding",
  "layer.kerasOutputPadding",
  "layer.outputShape",
  "layer.tooSmall",
  "layer.tensor",
  "layer.kernelMismatch",
  "layer.channelMismatch",
  "layer.weightShape",
  "layer.groupsMismatch",
  "layer.outChannelsMismatch",
  "layer.biasLength",
  "layer.notExpressible",
] as const;

export type LayerProblemCode = (typeof LAYER_PROBLEM_CODES)[number];

/** Throws the problem `code` with its values, carrying the English message beside it. */
export function refuse(code: LayerProblemCode, values: Record<string, string | number>, message: string): never {
  throw new ProblemError({ code, values }, message);
}

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

const MISMATCH = ["layer", "expected", "got"] as const;

/** Each code with the names of its values (the catalogue test checks the messages use exactly these). */
export const LAYER_PROBLEMS = {
  "layer.empty": [],
  "layer.syntax": ["position", "near"],
  "layer.unknownLayer": ["name"],
  "layer.tooManyArguments": ["layer", "count", "max"],
  "layer.unknownArgument": ["layer", "name"],
  "layer.duplicateArgument": ["layer", "name"],
  "layer.missingArgument": ["layer", "name"],
  "layer.badInteger": ["name", "min", "got"],
  "layer.badPair": ["name", "min", "got"],
  "layer.badBool": ["name", "got"],
  "layer.badList": ["name", "count", "min", "got"],
  "layer.badPadding": ["layer", "got", "allowed"],
  "layer.padsWithAutoPad": ["layer", "autoPad"],
  "layer.unsupported": ["layer", "name", "got"],
  "layer.dilatedStride": ["layer"],
  "layer.dilatedSame": ["layer", "autoPad"],
  "layer.sameStride": ["layer", "stride"],
  "layer.outputPadding": ["layer", "outputPadding", "stride", "dilation"],
  "layer.kerasOutputPadding": ["layer", "outputPadding", "stride"],
  "layer.outputShape": ["layer", "axis", "size", "input"],
  "layer.tooSmall": ["layer", "axis", "size"],
  "layer.tensor": ["name", "dims", "shape"],
  "layer.kernelMismatch": MISMATCH,
  "layer.channelMismatch": MISMATCH,
  "layer.weightShape": MISMATCH,
  "layer.groupsMismatch": ["layer", "groups", "channels"],
  "layer.outChannelsMismatch": MISMATCH,
  "layer.biasLength": MISMATCH,
  "layer.notExpressible": ["layer", "start", "end"],
} as const satisfies Record<LayerProblemCode, readonly string[]>;

/** Throws the problem `code` with its values, carrying the English message beside it. */
export function refuse(code: LayerProblemCode, values: Record<string, string | number>, message: string): never {
  throw new ProblemError({ code, values }, message);
}

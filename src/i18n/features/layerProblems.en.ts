/**
 * English words of the layer reader's refusals (src/core/layer/problems.ts), each `problem.layer.*`
 * rendered from its values: part of the later messages (../later.en.ts), shown only for a layer
 * that could not be read.
 */
export const layerProblemsEn = {
  "problem.layer.empty": "There is no layer to read: paste one, e.g. nn.ConvTranspose2d(16, 8, 4, stride=2).",
  "problem.layer.syntax": "Could not read the layer at character {position} (near “{near}”).",
  "problem.layer.unknownLayer": "Unknown layer {name}: expected nn.Conv2d, nn.ConvTranspose2d, layers.Conv2D, layers.Conv2DTranspose, Conv or ConvTranspose.",
  "problem.layer.tooManyArguments": "{layer} takes at most {max} unnamed arguments (got {count}).",
  "problem.layer.unknownArgument": "{layer} has no argument {name}.",
  "problem.layer.duplicateArgument": "{layer}: {name} is given twice.",
  "problem.layer.missingArgument": "{layer} needs {name}.",
  "problem.layer.badInteger": "{name} must be an integer ≥ {min} (got {got}).",
  "problem.layer.badPair": "{name} must be an integer ≥ {min} or a pair of them (got {got}).",
  "problem.layer.badBool": "{name} must be True or False (got {got}).",
  "problem.layer.badList": "{name} must be a list of {count} integers ≥ {min} (got {got}).",
  "problem.layer.badPadding": "{layer}: the padding must be one of {allowed} (got {got}).",
  "problem.layer.padsWithAutoPad": "{layer}: pads cannot be used together with auto_pad=\"{autoPad}\".",
  "problem.layer.unsupported": "{layer}: {name}={got} is not supported here; only what changes no numbers is accepted.",
  "problem.layer.dilatedStride": "{layer}: Keras does not support strides > 1 together with dilation_rate > 1.",
  "problem.layer.dilatedSame": "{layer}: ONNX Runtime refuses dilation with auto_pad=\"{autoPad}\".",
  "problem.layer.sameStride": "{layer}: PyTorch does not support padding=\"same\" for strided convolutions (got stride={stride}).",
  "problem.layer.outputPadding": "{layer}: output padding must be smaller than either stride or dilation (got output_padding={outputPadding}, stride={stride}, dilation={dilation}).",
  "problem.layer.kerasOutputPadding": "{layer}: Keras needs output_padding smaller than the stride (got output_padding={outputPadding}, strides={stride}).",
  "problem.layer.outputShape": "{layer}: an output of {size} along {axis} is refused: its convolution would not give back the input's {input}.",
  "problem.layer.tooSmall": "{layer}: the output size along {axis} would be {size}, less than 1.",
  "problem.layer.tensor": "{name} must be a tensor of {dims} dimensions with one value per cell (got shape {shape}).",
  "problem.layer.kernelMismatch": "{layer}: the weight's kernel must be {expected} (got {got}).",
  "problem.layer.channelMismatch": "{layer}: the input must have {expected} channels (got {got}).",
  "problem.layer.weightShape": "{layer}: the weight's shape must be {expected} (got {got}).",
  "problem.layer.groupsMismatch": "{layer}: groups={groups} must divide the channel counts ({channels}).",
  "problem.layer.outChannelsMismatch": "{layer}: the weight must have {expected} output channels (got {got}).",
  "problem.layer.biasLength": "{layer}: the bias must hold {expected} values, one per output channel (got {got}).",
  "problem.layer.notExpressible": "{layer}: no PyTorch padding and output_padding reach this output (crop {start} at the start, {end} at the end).",
  "problem.snippet.kerasPadding": "Keras' padding is only \"same\" or \"valid\": neither gives padding={padding}, output_padding={outputPadding}.",
  "problem.snippet.kerasGroups": "Keras' Conv2DTranspose has no groups (got groups={groups}).",
} as const;

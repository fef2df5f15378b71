import type { Pair, Sides } from "../shape";
import { describeValue, readCall, type CallValue } from "./callText";
import { refuse } from "./problems";

export type Framework = "pytorch" | "keras" | "onnx";
export type LayerKind = "conv2d" | "convTranspose2d";

/**
 * How a layer pads, in its own framework's words. "same" means PyTorch's rule for a PyTorch
 * layer (stride 1, the odd cell on the bottom/right) and TensorFlow's for a Keras one; ONNX's
 * auto_pad values keep their names. Explicit padding is per side even where the framework is
 * symmetric, so the geometry reads one shape.
 */
export type LayerPadding =
  | { kind: "explicit"; sides: Sides }
  | { kind: "same" }
  | { kind: "valid" }
  | { kind: "sameUpper" }
  | { kind: "sameLower" };

/** One layer read from text, every argument resolved to its framework's default where absent. */
export interface ImportedLayer {
  framework: Framework;
  kind: LayerKind;
  /** The name as written, e.g. "nn.ConvTranspose2d", for messages and the code panel. */
  name: string;
  /** Channels the layer names: PyTorch both, Keras the output (filters), ONNX neither. */
  inChannels: number | null;
  outChannels: number | null;
  kernel: Pair;
  stride: Pair;
  dilation: Pair;
  groups: number;
  padding: LayerPadding;
  /** PyTorch and ONNX: 0 when absent; Keras: null for output_padding=None (its size inference). */
  outputPadding: Pair | null;
  /** ONNX ConvTranspose's output_shape [H, W], which overrides pads. */
  outputShape: Pair | null;
  bias: boolean;
}

interface Signature {
  framework: Framework;
  kind: LayerKind;
  /** Argument names in positional order; keyword-only ones follow after `keywordOnly`. */
  params: readonly string[];
  positional: number;
  required: readonly string[];
  /** Arguments accepted and ignored because they do not change the numbers (names, initializers…). */
  ignored: readonly string[];
}

const KERAS_IGNORED = [
  "data_format",
  "kernel_initializer",
  "bias_initializer",
  "kernel_regularizer",
  "bias_regularizer",
  "activity_regularizer",
  "kernel_constraint",
  "bias_constraint",
  "name",
  "trainable",
  "dtype",
  "input_shape",
  "lora_rank",
] as const;

// Signatures from the PyTorch 2.x, Keras 3 and ONNX (opset 11+) documentation.
const SIGNATURES: Record<string, Signature> = {
  ConvTranspose2d: {
    framework: "pytorch",
    kind: "convTranspose2d",
    params: ["in_channels", "out_channels", "kernel_size", "stride", "padding", "output_padding", "groups", "bias", "dilation", "padding_mode", "device", "dtype"],
    positional: 12,
    required: ["in_channels", "out_channels", "kernel_size"],
    ignored: ["device", "dtype"],
  },
  Conv2d: {
    framework: "pytorch",
    kind: "conv2d",
    params: ["in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation", "groups", "bias", "padding_mode", "device", "dtype"],
    positional: 11,
    required: ["in_channels", "out_channels", "kernel_size"],
    ignored: ["device", "dtype"],
  },
  Conv2DTranspose: {
    framework: "keras",
    kind: "convTranspose2d",
    params: ["filters", "kernel_size", "strides", "padding", "output_padding", "data_format", "dilation_rate", "activation", "use_bias", ...KERAS_IGNORED.slice(1)],
    positional: 9,
    required: ["filters", "kernel_size"],
    ignored: KERAS_IGNORED,
  },
  Conv2D: {
    framework: "keras",
    kind: "conv2d",
    params: ["filters", "kernel_size", "strides", "padding", "data_format", "dilation_rate", "groups", "activation", "use_bias", ...KERAS_IGNORED.slice(1)],
    positional: 9,
    required: ["filters", "kernel_size"],
    ignored: KERAS_IGNORED,
  },
  ConvTranspose: {
    framework: "onnx",
    kind: "convTranspose2d",
    params: ["kernel_shape", "strides", "pads", "output_padding", "dilations", "group", "auto_pad", "output_shape"],
    positional: 0,
    required: ["kernel_shape"],
    ignored: [],
  },
  Conv: {
    framework: "onnx",
    kind: "conv2d",
    params: ["kernel_shape", "strides", "pads", "dilations", "group", "auto_pad"],
    positional: 0,
    required: ["kernel_shape"],
    ignored: [],
  },
};

/** The prefixes each framework's layers are written with; a bare name is accepted too. */
const PREFIXES: Record<Framework, readonly string[]> = {
  pytorch: ["", "nn", "torch.nn"],
  keras: ["", "layers", "keras.layers", "tf.keras.layers"],
  onnx: ["", "onnx"],
};

function int(name: string, v: CallValue, min: number): number {
  if (v.kind !== "int" || v.value < min) {
    refuse("layer.badInteger", { name, min, got: describeValue(v) }, `${name} must be an integer ≥ ${min} (got ${describeValue(v)})`);
  }
  return v.value;
}

function badPair(name: string, min: number, v: CallValue): never {
  return refuse(
    "layer.badPair",
    { name, min, got: describeValue(v) },
    `${name} must be an integer ≥ ${min} or a pair of them (got ${describeValue(v)})`,
  );
}

function badList(name: string, count: number, min: number, v: CallValue): never {
  return refuse(
    "layer.badList",
    { name, count, min, got: describeValue(v) },
    `${name} must be a list of ${count} integers ≥ ${min} (got ${describeValue(v)})`,
  );
}

/** An int or a pair of ints (PyTorch and Keras tuples, ONNX lists of 2). */
function pair(name: string, v: CallValue, min: number): Pair {
  if (v.kind === "list") {
    if (v.items.length !== 2 || v.items.some((x) => x.kind !== "int" || x.value < min)) badPair(name, min, v);
    return [(v.items[0] as { value: number }).value, (v.items[1] as { value: number }).value];
  }
  if (v.kind !== "int" || v.value < min) badPair(name, min, v);
  return [v.value, v.value];
}

function bool(name: string, v: CallValue): boolean {
  if (v.kind !== "bool") refuse("layer.badBool", { name, got: describeValue(v) }, `${name} must be True or False (got ${describeValue(v)})`);
  return v.value;
}

function str(v: CallValue): string | null {
  return v.kind === "string" ? v.value : null;
}

/** Finds the signature and checks the prefix: nn.Conv2d and tf.keras.layers.Conv2D, not keras.Conv2d. */
function signatureOf(path: string[]): { sig: Signature; name: string } {
  const last = path[path.length - 1];
  const name = path.join(".");
  const sig = Object.prototype.hasOwnProperty.call(SIGNATURES, last) ? SIGNATURES[last] : undefined;
  const prefix = path.slice(0, -1).join(".");
  if (!sig || !PREFIXES[sig.framework].includes(prefix)) {
    refuse(
      "layer.unknownLayer",
      { name },
      `unknown layer ${name}: expected nn.Conv2d, nn.ConvTranspose2d, layers.Conv2D, layers.Conv2DTranspose, Conv or ConvTranspose`,
    );
  }
  return { sig, name };
}

/**
 * Reads one PyTorch, Keras or ONNX convolution layer as a user would paste it:
 * - PyTorch `nn.ConvTranspose2d(16, 8, kernel_size=4, stride=2, padding=1, output_padding=0,
 *   groups=1, bias=True, dilation=1)` and `nn.Conv2d(...)`, positional or keyword, with tuples,
 *   `torch.nn.` and `padding="same"/"valid"` (Conv2d only, as PyTorch);
 * - Keras `layers.Conv2DTranspose(64, 4, strides=2, padding="same", output_padding=None,
 *   dilation_rate=1)` and `Conv2D(...)`, with `tf.keras.layers.` or `keras.layers.`;
 * - ONNX `ConvTranspose(kernel_shape=[3,3], strides=[2,2], pads=[1,1,1,1], output_padding=[0,0],
 *   dilations=[1,1], group=1, auto_pad="NOTSET", output_shape=[6,6])` and `Conv(...)`;
 *   pads are [top, left, bottom, right] (ONNX: all begins, then all ends).
 * Throws a ProblemError (codes layer.*) saying what it could not read.
 */
export function importLayer(text: string): ImportedLayer {
  const call = readCall(text);
  const { sig, name } = signatureOf(call.path);
  if (call.positional.length > sig.positional) {
    refuse(
      "layer.tooManyArguments",
      { layer: name, count: call.positional.length, max: sig.positional },
      sig.positional === 0
        ? `${name} takes its attributes by name only, e.g. kernel_shape=[3,3] (got ${call.positional.length} unnamed values)`
        : `${name} takes at most ${sig.positional} positional arguments (got ${call.positional.length})`,
    );
  }
  const args = new Map<string, CallValue>();
  call.positional.forEach((v, i) => args.set(sig.params[i], v));
  for (const { name: key, value } of call.keywords) {
    if (!sig.params.includes(key) && !sig.ignored.includes(key)) {
      refuse("layer.unknownArgument", { layer: name, name: key }, `${name} has no argument ${key}`);
    }
    if (args.has(key)) refuse("layer.duplicateArgument", { layer: name, name: key }, `${key} is given twice`);
    args.set(key, value);
  }
  for (const key of sig.required) {
    if (!args.has(key)) refuse("layer.missingArgument", { layer: name, name: key }, `${name} needs ${key}`);
  }
  const read = sig.framework === "pytorch" ? readPytorch : sig.framework === "keras" ? readKeras : readOnnx;
  return read(sig, name, args);
}

function readPytorch(sig: Signature, name: string, args: Map<string, CallValue>): ImportedLayer {
  const get = (k: string) => args.get(k);
  const inChannels = int("in_channels", get("in_channels")!, 1);
  const outChannels = int("out_channels", get("out_channels")!, 1);
  const kernel = pair("kernel_size", get("kernel_size")!, 1);
  const stride = get("stride") ? pair("stride", get("stride")!, 1) : ([1, 1] as Pair);
  const dilation = get("dilation") ? pair("dilation", get("dilation")!, 1) : ([1, 1] as Pair);
  const groups = get("groups") ? int("groups", get("groups")!, 1) : 1;
  const bias = get("bias") ? bool("bias", get("bias")!) : true;
  const mode = get("padding_mode");
  if (mode && str(mode) !== "zeros") {
    refuse(
      "layer.unsupported",
      { layer: name, name: "padding_mode", got: describeValue(mode) },
      `${name}: padding_mode=${describeValue(mode)} is not supported here, only "zeros"`,
    );
  }
  let padding: LayerPadding = { kind: "explicit", sides: { top: 0, bottom: 0, left: 0, right: 0 } };
  const p = get("padding");
  if (p) {
    const s = str(p);
    if (s !== null && sig.kind === "conv2d" && (s === "same" || s === "valid")) {
      // PyTorch's _ConvNd refuses "same" with any stride but 1 (it would need fractional padding).
      if (s === "same" && (stride[0] !== 1 || stride[1] !== 1)) {
        refuse(
          "layer.sameStride",
          { layer: name, stride: `(${stride[0]}, ${stride[1]})` },
          `${name}: padding="same" is not supported for strided convolutions (got stride=(${stride[0]}, ${stride[1]}))`,
        );
      }
      padding = { kind: s };
    } else if (s !== null || p.kind !== "int" && p.kind !== "list") {
      const allowed = sig.kind === "conv2d" ? 'int, (int, int), "same", "valid"' : "int, (int, int)";
      refuse(
        "layer.badPadding",
        { layer: name, got: describeValue(p), allowed },
        `${name}: padding must be one of ${allowed} (got ${describeValue(p)})`,
      );
    } else {
      const [pH, pW] = pair("padding", p, 0);
      padding = { kind: "explicit", sides: { top: pH, bottom: pH, left: pW, right: pW } };
    }
  }
  let outputPadding: Pair = [0, 0];
  if (sig.kind === "convTranspose2d" && get("output_padding")) {
    outputPadding = pair("output_padding", get("output_padding")!, 0);
    for (const a of [0, 1] as const) {
      if (!(outputPadding[a] < stride[a] || outputPadding[a] < dilation[a])) {
        refuse(
          "layer.outputPadding",
          { layer: name, outputPadding: outputPadding[a], stride: stride[a], dilation: dilation[a] },
          `${name}: output padding must be smaller than either stride or dilation (got output_padding=${outputPadding[a]}, stride=${stride[a]}, dilation=${dilation[a]})`,
        );
      }
    }
  }
  checkGroups(name, groups, inChannels, outChannels);
  return { framework: "pytorch", kind: sig.kind, name, inChannels, outChannels, kernel, stride, dilation, groups, padding, outputPadding, outputShape: null, bias };
}

function checkGroups(name: string, groups: number, inChannels: number, outChannels: number | null): void {
  if (inChannels % groups !== 0 || (outChannels !== null && outChannels % groups !== 0)) {
    const channels = outChannels !== null ? `${inChannels}, ${outChannels}` : String(inChannels);
    refuse(
      "layer.groupsMismatch",
      { layer: name, groups, channels },
      `${name}: groups=${groups} must divide the channel counts (${channels})`,
    );
  }
}

function readKeras(sig: Signature, name: string, args: Map<string, CallValue>): ImportedLayer {
  const get = (k: string) => args.get(k);
  const outChannels = int("filters", get("filters")!, 1);
  const kernel = pair("kernel_size", get("kernel_size")!, 1);
  const stride = get("strides") ? pair("strides", get("strides")!, 1) : ([1, 1] as Pair);
  const dilation = get("dilation_rate") ? pair("dilation_rate", get("dilation_rate")!, 1) : ([1, 1] as Pair);
  const groups = get("groups") ? int("groups", get("groups")!, 1) : 1;
  const bias = get("use_bias") ? bool("use_bias", get("use_bias")!) : true;
  const act = get("activation");
  if (act && act.kind !== "none" && str(act) !== "linear") {
    refuse(
      "layer.unsupported",
      { layer: name, name: "activation", got: describeValue(act) },
      `${name}: activation=${describeValue(act)} is not supported here: the layer's numbers are shown before any activation`,
    );
  }
  const p = get("padding");
  const mode = p ? str(p)?.toLowerCase() : "valid";
  if (mode !== "same" && mode !== "valid") {
    refuse(
      "layer.badPadding",
      { layer: name, got: p ? describeValue(p) : "", allowed: '"same", "valid"' },
      `${name}: padding must be one of "same", "valid" (got ${p ? describeValue(p) : ""})`,
    );
  }
  // Keras refuses strides > 1 together with dilation_rate > 1 in its convolution layers.
  if ((stride[0] > 1 || stride[1] > 1) && (dilation[0] > 1 || dilation[1] > 1)) {
    refuse("layer.dilatedStride", { layer: name }, `${name}: strides > 1 are not supported in conjunction with dilation_rate > 1`);
  }
  let outputPadding: Pair | null = null;
  if (sig.kind === "convTranspose2d") {
    const op = get("output_padding");
    if (op && op.kind !== "none") {
      outputPadding = pair("output_padding", op, 0);
      for (const a of [0, 1] as const) {
        // Keras: "Strides must be greater than output padding".
        if (outputPadding[a] >= stride[a]) {
          refuse(
            "layer.kerasOutputPadding",
            { layer: name, outputPadding: outputPadding[a], stride: stride[a] },
            `${name}: output_padding must be smaller than the stride (got output_padding=${outputPadding[a]}, strides=${stride[a]})`,
          );
        }
      }
    }
  }
  if (outChannels % groups !== 0) checkGroups(name, groups, outChannels, null);
  return {
    framework: "keras",
    kind: sig.kind,
    name,
    inChannels: null,
    outChannels,
    kernel,
    stride,
    dilation,
    groups,
    padding: { kind: mode },
    outputPadding,
    outputShape: null,
    bias,
  };
}

function readOnnx(sig: Signature, name: string, args: Map<string, CallValue>): ImportedLayer {
  const get = (k: string) => args.get(k);
  const kernel = pair("kernel_shape", get("kernel_shape")!, 1);
  const stride = get("strides") ? pair("strides", get("strides")!, 1) : ([1, 1] as Pair);
  const dilation = get("dilations") ? pair("dilations", get("dilations")!, 1) : ([1, 1] as Pair);
  const groups = get("group") ? int("group", get("group")!, 1) : 1;
  const outputPadding = get("output_padding") ? pair("output_padding", get("output_padding")!, 0) : ([0, 0] as Pair);
  for (const a of [0, 1] as const) {
    // ONNX Runtime: "output_padding must be less than max(stride, dilation)", PyTorch's rule.
    if (sig.kind === "convTranspose2d" && outputPadding[a] >= Math.max(stride[a], dilation[a])) {
      refuse(
        "layer.outputPadding",
        { layer: name, outputPadding: outputPadding[a], stride: stride[a], dilation: dilation[a] },
        `${name}: output_padding must be less than max(stride, dilation) (got output_padding=${outputPadding[a]}, stride=${stride[a]}, dilation=${dilation[a]})`,
      );
    }
  }
  let outputShape: Pair | null = null;
  const os = get("output_shape");
  if (os) {
    // output_shape may also be written with the batch and channel dimensions; only H, W matter.
    const v = os.kind === "list" && os.items.length === 4 ? { kind: "list" as const, items: os.items.slice(2) } : os;
    if (v.kind !== "list") badList("output_shape", 2, 1, os);
    outputShape = pair("output_shape", v, 1);
  }
  const pads = get("pads");
  let sides: Sides = { top: 0, bottom: 0, left: 0, right: 0 };
  if (pads) {
    if (pads.kind !== "list" || pads.items.length !== 4 || pads.items.some((x) => x.kind !== "int" || x.value < 0)) {
      badList("pads", 4, 0, pads);
    }
    const [top, left, bottom, right] = pads.items.map((x) => (x as { value: number }).value);
    sides = { top, bottom, left, right };
  }
  const ap = get("auto_pad");
  const autoPad = ap ? str(ap) : "NOTSET";
  const modes: Record<string, LayerPadding> = {
    NOTSET: { kind: "explicit", sides },
    SAME_UPPER: { kind: "sameUpper" },
    SAME_LOWER: { kind: "sameLower" },
    VALID: { kind: "valid" },
  };
  if (autoPad === null || !Object.prototype.hasOwnProperty.call(modes, autoPad)) {
    const allowed = '"NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"';
    refuse(
      "layer.badPadding",
      { layer: name, got: ap ? describeValue(ap) : "", allowed },
      `${name}: auto_pad must be one of ${allowed} (got ${ap ? describeValue(ap) : ""})`,
    );
  }
  if (autoPad !== "NOTSET" && pads && (sides.top || sides.bottom || sides.left || sides.right)) {
    // The ONNX spec: explicit pads "cannot be used simultaneously with auto_pad".
    refuse("layer.padsWithAutoPad", { layer: name, autoPad }, `${name}: pads cannot be used together with auto_pad="${autoPad}"`);
  }
  return {
    framework: "onnx",
    kind: sig.kind,
    name,
    inChannels: null,
    outChannels: null,
    kernel,
    stride,
    dilation,
    groups,
    padding: modes[autoPad],
    outputPadding: sig.kind === "convTranspose2d" ? outputPadding : [0, 0],
    outputShape,
    bias: true,
  };
}

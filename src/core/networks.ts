import { checkInteger, convOutputSize, convTransposeOutputSize } from "./shape";
import { problemOf, refusalMaker } from "./problem";
import { convInputSizesFor } from "./inputSizes";

/** The problems networks.ts raises (see core/problem.ts). */
export const NETWORK_PROBLEMS = {
  "network.layer": ["layer", "cause"],
  "network.encoderLevel": ["level", "cause"],
  "network.kind": ["got"],
  "network.fcnStride": ["got"],
} as const;

const refuse = /* @__PURE__ */ refusalMaker(NETWORK_PROBLEMS);

/** One transposed-convolution layer of a generator, with its sizes computed by the core. */
export interface GeneratorLayer {
  /** 1-based position in the generator. */
  index: number;
  inChannels: number;
  outChannels: number;
  /** Spatial side before and after (square maps). */
  inSize: number;
  outSize: number;
  kernel: number;
  stride: number;
  padding: number;
  outputPadding: number;
  /** inChannels · outChannels · k² (DCGAN's layers have no bias: batch norm follows them). */
  weights: number;
}

export interface GeneratorOptions {
  /** Length of the noise vector z (DCGAN: 100). */
  zDim?: number;
  /** Channels of the first 4×4 map (DCGAN: 1024); each later layer halves them. */
  baseChannels?: number;
  /** Upsampling layers after the first (DCGAN: 4, giving 64×64). */
  upsampleLayers?: number;
  /** Channels of the image (3 for RGB). */
  outChannels?: number;
  /** Kernel, stride, padding and output_padding of the upsampling layers (DCGAN: 4, 2, 1, 0). */
  kernel?: number;
  stride?: number;
  padding?: number;
  outputPadding?: number;
  /** Kernel of the first layer, which maps z as a 1×1 map with stride 1 and padding 0 (DCGAN: 4). */
  firstKernel?: number;
}

/**
 * The DCGAN generator (Radford, Metz & Chintala 2016; the PyTorch DCGAN tutorial's netG): z as a
 * [zDim, 1, 1] map, then ConvTranspose2d(zDim, 1024, 4, 1, 0) → 4×4×1024, then
 * ConvTranspose2d(·, ·, 4, 2, 1) layers → 8×8×512 → 16×16×256 → 32×32×128 → 64×64×3. Every size is
 * o = (i−1)s − 2p + (k−1) + output_padding + 1 from convTransposeOutputSize, so any choice of the
 * options gets its true sizes, and an impossible one a RangeError that names the layer.
 */
export function dcganGenerator(options: GeneratorOptions = {}): GeneratorLayer[] {
  const zDim = checkInteger("zDim", options.zDim ?? 100, 1);
  const base = checkInteger("baseChannels", options.baseChannels ?? 1024, 1);
  const ups = checkInteger("upsampleLayers", options.upsampleLayers ?? 4, 0);
  const outC = checkInteger("outputChannels", options.outChannels ?? 3, 1);
  const k = options.kernel ?? 4;
  const s = options.stride ?? 2;
  const p = options.padding ?? 1;
  const op = options.outputPadding ?? 0;
  const k0 = options.firstKernel ?? 4;
  const layers: GeneratorLayer[] = [];
  const push = (inC: number, outCh: number, inSize: number, kk: number, ss: number, pp: number, oo: number) => {
    const index = layers.length + 1;
    let outSize: number;
    try {
      outSize = convTransposeOutputSize(inSize, kk, ss, pp, 1, oo);
    } catch (err) {
      throw refuse("network.layer", { layer: index }, `layer ${index}: ${(err as Error).message}`, problemOf(err));
    }
    layers.push({
      index,
      inChannels: inC,
      outChannels: outCh,
      inSize,
      outSize,
      kernel: kk,
      stride: ss,
      padding: pp,
      outputPadding: oo,
      weights: inC * outCh * kk * kk,
    });
    return outSize;
  };
  let channels = ups === 0 ? outC : base;
  let size = push(zDim, channels, 1, k0, 1, 0, 0);
  for (let j = 1; j <= ups; j++) {
    const next = j === ups ? outC : Math.max(1, Math.floor(base / 2 ** j));
    size = push(channels, next, size, k, s, p, op);
    channels = next;
  }
  return layers;
}

/** A downsampling or upsampling step's geometry (square kernel, no dilation). */
export interface StepGeometry {
  kernel: number;
  stride: number;
  padding: number;
}

/** One decoder step: a transposed convolution from `inSize` that must land on the skip's `targetSize`. */
export interface DecoderStage {
  /** The encoder level whose size it must restore (0 = the input). */
  level: number;
  inSize: number;
  targetSize: number;
  kernel: number;
  stride: number;
  padding: number;
  /**
   * The sizes this step can produce, output_padding = 0, 1, …, s−1 in order: every conv input that
   * collapses to inSize (convInputSizesFor).
   */
  candidates: number[];
  /** output_padding that restores targetSize, or null when no allowed value does. */
  outputPadding: number | null;
  /** The size produced: targetSize when reachable, else the op = 0 size. */
  outSize: number;
  /** ok: output_padding 0 works; needsOutputPadding: only a non-zero one does; mismatch: none does. */
  status: "ok" | "needsOutputPadding" | "mismatch";
}

export interface EncoderDecoder {
  kind: "unet" | "fcn";
  inputSize: number;
  /** Spatial size at each encoder level: encoder[0] = input, encoder[l] after l downsamplings. */
  encoder: number[];
  down: StepGeometry;
  decoder: DecoderStage[];
  /** Whether every decoder step restores its target with output_padding 0. */
  clean: boolean;
}

export interface EncoderDecoderOptions {
  kind: "unet" | "fcn";
  inputSize: number;
  /** U-Net: downsamplings (default 4). FCN: always 5 (VGG16's pools). */
  depth?: number;
  /** FCN variant: 32 (FCN-32s), 16 or 8 (default 8: FCN-8s). */
  fcnStride?: 8 | 16 | 32;
  /** Encoder downsampling; default 2×2 max pooling, stride 2 (U-Net and VGG). */
  down?: StepGeometry;
  /** U-Net's up-convolution; default k=2, s=2, p=0 (Ronneberger et al. 2015). */
  up?: StepGeometry;
}

/**
 * Size chains of the encoder–decoders that restore resolution for per-pixel labels.
 * - U-Net (Ronneberger, Fischer & Brox 2015), with padded 3×3 convolutions so only pooling changes
 *   sizes (the common variant; the paper's unpadded convs crop instead): `depth` poolings, then as
 *   many up-convolutions, each back to the size of the skip connection it joins.
 * - FCN (Long, Shelhamer & Darrell 2015) on VGG16's five poolings: FCN-32s upsamples ×32 at once;
 *   FCN-16s ×2 to pool4's size, then ×16; FCN-8s ×2, ×2 to pool3's size, then ×8. A ×f step uses
 *   FCN's bilinear-initialised k = 2f, s = f, p = f/2.
 * Encoder sizes follow o = ⌊(i + 2p − k)/s⌋ + 1 (convOutputSize), which floors, so an odd size loses
 * a row; each decoder step then needs output_padding to land on its target (status
 * "needsOutputPadding") or cannot reach it at all ("mismatch"); either is flagged.
 */
export function encoderDecoder(options: EncoderDecoderOptions): EncoderDecoder {
  const input = checkInteger("inputSize", options.inputSize, 1);
  const down = options.down ?? { kernel: 2, stride: 2, padding: 0 };
  const kind = options.kind;
  if (kind !== "unet" && kind !== "fcn") throw refuse("network.kind", { got: String(kind) }, `kind must be unet or fcn (got ${String(kind)})`);
  const depth = kind === "fcn" ? 5 : checkInteger("depth", options.depth ?? 4, 1);
  const encoder = [input];
  for (let l = 1; l <= depth; l++) {
    try {
      encoder.push(convOutputSize(encoder[l - 1], down.kernel, down.stride, down.padding, 1));
    } catch (err) {
      throw refuse("network.encoderLevel", { level: l }, `encoder level ${l}: ${(err as Error).message}`, problemOf(err));
    }
  }
  const plan: { level: number; geometry: StepGeometry }[] = [];
  if (kind === "unet") {
    const up = options.up ?? { kernel: 2, stride: 2, padding: 0 };
    for (let l = depth - 1; l >= 0; l--) plan.push({ level: l, geometry: up });
  } else {
    const variant = options.fcnStride ?? 8;
    if (variant !== 8 && variant !== 16 && variant !== 32) {
      throw refuse("network.fcnStride", { got: String(variant) }, `FCN stride must be 8, 16 or 32 (got ${String(variant)})`);
    }
    const x2 = { kernel: 4, stride: 2, padding: 1 };
    if (variant <= 16) plan.push({ level: 4, geometry: x2 });
    if (variant === 8) plan.push({ level: 3, geometry: x2 });
    plan.push({ level: 0, geometry: { kernel: 2 * variant, stride: variant, padding: variant / 2 } });
  }
  const decoder: DecoderStage[] = [];
  let size = encoder[depth];
  for (const { level, geometry } of plan) {
    const stage = decoderStage(size, encoder[level], level, geometry);
    decoder.push(stage);
    size = stage.status === "mismatch" ? stage.targetSize : stage.outSize;
  }
  return { kind, inputSize: input, encoder, down, decoder, clean: decoder.every((d) => d.status === "ok") };
}

function decoderStage(inSize: number, targetSize: number, level: number, g: StepGeometry): DecoderStage {
  const candidates = convInputSizesFor(inSize, g.kernel, g.stride, g.padding, 1);
  const first = (inSize - 1) * g.stride - 2 * g.padding + g.kernel;
  const op = targetSize - first;
  const reachable = op >= 0 && op < g.stride && targetSize >= 1;
  const outputPadding = reachable ? op : null;
  const outSize = reachable ? targetSize : convTransposeOutputSize(inSize, g.kernel, g.stride, g.padding, 1, 0);
  const status = !reachable ? "mismatch" : op === 0 ? "ok" : "needsOutputPadding";
  return { level, inSize, targetSize, ...g, candidates, outputPadding, outSize, status };
}

/**
 * The tfjs reference: @tensorflow/tfjs-backend-cpu's conv2dTranspose (plain JavaScript, float32),
 * wrapped to take and return PyTorch's layouts. tfjs works in NHWC with filter [kH, kW, outC, inC],
 * and its numeric `pad` is the padding of the forward convolution, which is exactly PyTorch's
 * `padding` for conv_transpose2d (the output shape is passed explicitly). Layout conversion happens
 * once, outside the timed call; `run` measures only the op and the read-back of its result.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";

/** A prepared tfjs conv2dTranspose on fixed data. */
export interface TfjsConvTranspose {
  /** Runs conv2dTranspose and returns the output in NHWC, float32. */
  run(): Float32Array;
  /** Converts an NHWC output from `run` to NCHW float64, for comparison with the core. */
  toNCHW(nhwc: Float32Array): Float64Array;
  dispose(): void;
}

/**
 * Selects the CPU backend in production mode (tfjs's fastest configuration: no debug checks, and
 * no "install tfjs-node" banner); call once before `prepareTfjsConvTranspose`.
 */
export async function useTfjsCpu(): Promise<void> {
  tf.enableProdMode();
  const ok = await tf.setBackend("cpu");
  if (!ok) throw new Error("tfjs: the cpu backend could not be initialised");
  await tf.ready();
}

/**
 * Prepares conv_transpose2d with groups = 1, dilation = 1 and output_padding folded into the output
 * shape. `input` is NCHW [1, cIn, H, W]; `weight` is PyTorch's [cIn, cOut, kH, kW].
 */
export function prepareTfjsConvTranspose(
  input: Float64Array,
  [, cIn, H, W]: readonly [number, number, number, number],
  weight: Float64Array,
  [, cOut, kH, kW]: readonly [number, number, number, number],
  stride: number,
  padding: number,
): TfjsConvTranspose {
  const Ho = (H - 1) * stride - 2 * padding + kH;
  const Wo = (W - 1) * stride - 2 * padding + kW;
  const x = new Float32Array(H * W * cIn);
  for (let c = 0; c < cIn; c++) {
    for (let i = 0; i < H * W; i++) x[i * cIn + c] = input[c * H * W + i];
  }
  const f = new Float32Array(kH * kW * cOut * cIn);
  for (let ci = 0; ci < cIn; ci++) {
    for (let co = 0; co < cOut; co++) {
      for (let k = 0; k < kH * kW; k++) f[(k * cOut + co) * cIn + ci] = weight[(ci * cOut + co) * kH * kW + k];
    }
  }
  const xT = tf.tensor4d(x, [1, H, W, cIn]);
  const fT = tf.tensor4d(f, [kH, kW, cOut, cIn]);
  return {
    run() {
      const out = tf.conv2dTranspose(xT, fT, [1, Ho, Wo, cOut], stride, padding);
      const data = out.dataSync() as Float32Array;
      out.dispose();
      return data;
    },
    toNCHW(nhwc) {
      const out = new Float64Array(cOut * Ho * Wo);
      for (let c = 0; c < cOut; c++) {
        for (let i = 0; i < Ho * Wo; i++) out[c * Ho * Wo + i] = nhwc[i * cOut + c];
      }
      return out;
    },
    dispose() {
      xT.dispose();
      fT.dispose();
    },
  };
}

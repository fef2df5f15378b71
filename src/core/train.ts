import type { Tensor } from "./tensor";
import { fill } from "./fill";
import { mulberry32 } from "./rng";
import {
  cloneOptimizerState,
  optimizerState,
  optimizerStep,
  type OptimizerConfig,
  type OptimizerState,
} from "./optimizer";
import {
  lossAndGradient,
  upsampleForward,
  upsampleLoss,
  upsampleProblem,
  type LossBorder,
  type UpsampleProblem,
} from "./upsampleLoss";
import { refusalMaker } from "./problem";

/** The problems train.ts raises (see core/problem.ts). */
export const TRAIN_PROBLEMS = {
  "train.init": ["got"],
  "train.steps": ["got"],
} as const;

const refuse = /* @__PURE__ */ refusalMaker(TRAIN_PROBLEMS);

/** How the kernel and bias start. */
export type KernelInit = "random" | "bilinear" | "zeros";

export interface TrainerOptions {
  /** The originals: [C, H, W] or [N, C, H, W]; every channel plane is one example; H, W divisible by s. */
  images: Tensor;
  kernelSize: number;
  stride: number;
  /** Default: Adam with learning rate 0.05. */
  optimizer?: OptimizerConfig;
  /** "random" (default): PyTorch's ConvTranspose2d init, w, b ~ U(−1/k, 1/k), seeded. */
  init?: KernelInit;
  /** Seed of the random init (mulberry32); default 1. */
  seed?: number;
  /** "exclude" (default): the loss skips the border cells zero padding starves; "include": all cells. */
  border?: LossBorder;
}

/**
 * Everything a training run is, as plain structured-cloneable data: a worker can hold it between
 * chunks, or post it. `problem` is shared between states and never written.
 */
export interface TrainerState {
  problem: UpsampleProblem;
  kernelSize: number;
  stride: number;
  optimizer: OptimizerConfig;
  /** Updates applied so far. */
  step: number;
  /** k·k weights, row-major. */
  kernel: Float64Array;
  bias: number;
  /** Optimizer memory over the k·k + 1 parameters (kernel first, bias last). */
  memory: OptimizerState;
  /** MSE at the current kernel and bias. */
  loss: number;
}

/** What a chunk of training reports: small, so a worker can post it between chunks. */
export interface TrainProgress {
  state: TrainerState;
  /** MSE before each update of this chunk, in order (loss at steps step₀, step₀+1, …). */
  losses: Float64Array;
  /** MSE after the chunk, at the returned kernel and bias. */
  loss: number;
  step: number;
  kernel: Float64Array;
  bias: number;
  /** ‖w − w_bilinear‖₂ over the k×k weights (see `distanceToBilinear`). */
  distanceToBilinear: number;
}

/**
 * Sets up learning a k×k transposed-convolution kernel and a bias, stride s, that maps images
 * average-pooled by s back to the originals under MSE (see `lossAndGradient` for the loss and its
 * hand-derived gradient). Deterministic: the same options give the same run on every machine.
 * Throws a RangeError naming the field for invalid options.
 */
export function createTrainer(options: TrainerOptions): TrainerState {
  const { kernelSize: k, stride: s } = options;
  const problem = upsampleProblem(options.images, k, s, options.border ?? "exclude");
  const optimizer: OptimizerConfig = options.optimizer ?? { kind: "adam", learningRate: 0.05 };
  const memory = optimizerState(optimizer, k * k + 1);
  const { kernel, bias } = initialKernel(options.init ?? "random", k, s, options.seed ?? 1);
  return {
    problem,
    kernelSize: k,
    stride: s,
    optimizer,
    step: 0,
    kernel,
    bias,
    memory,
    loss: upsampleLoss(problem, kernel, bias),
  };
}

/**
 * The starting kernel. "random" follows PyTorch's ConvTranspose2d(1, 1, k).reset_parameters():
 * kaiming_uniform(a = √5) gives bound 1/√fan_in with fan_in = k² (weight.size(1)·k·k), so
 * w, b ~ U(−1/k, 1/k), drawn from mulberry32(seed) (weights row-major, then the bias).
 */
function initialKernel(init: KernelInit, k: number, s: number, seed: number): { kernel: Float64Array; bias: number } {
  if (init === "zeros") return { kernel: new Float64Array(k * k), bias: 0 };
  if (init === "bilinear") return { kernel: Float64Array.from(fill("bilinear", k, k, { stride: s })), bias: 0 };
  if (init !== "random") throw refuse("train.init", { got: String(init) }, `init must be random, bilinear or zeros (got ${String(init)})`);
  const rand = mulberry32(seed);
  const bound = 1 / k;
  const kernel = new Float64Array(k * k);
  for (let i = 0; i < kernel.length; i++) kernel[i] = (2 * rand() - 1) * bound;
  return { kernel, bias: (2 * rand() - 1) * bound };
}

/**
 * Advances a run by n updates and returns the new state with its progress; `state` itself is not
 * changed, so chunks can be replayed. Each update computes the loss and gradient at the current
 * parameters, then takes one optimizer step. trainStep(trainStep(st, a).state, b) equals
 * trainStep(st, a + b) bit for bit, so chunking for progress reports does not change the run.
 * Cost per update: 2·N·h·w·k² multiply-adds plus O(N·H·W).
 */
export function trainStep(state: TrainerState, n: number): TrainProgress {
  if (!Number.isInteger(n) || n < 0) throw refuse("train.steps", { got: n }, `steps must be an integer ≥ 0 (got ${n})`);
  const k2 = state.kernel.length;
  const params = new Float64Array(k2 + 1);
  params.set(state.kernel);
  params[k2] = state.bias;
  const memory = cloneOptimizerState(state.memory);
  const grad = new Float64Array(k2 + 1);
  const losses = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lg = lossAndGradient(state.problem, params.subarray(0, k2), params[k2]);
    losses[i] = lg.loss;
    grad.set(lg.kernel);
    grad[k2] = lg.bias;
    optimizerStep(state.optimizer, memory, params, grad);
  }
  const kernel = params.slice(0, k2);
  const bias = params[k2];
  const loss = n === 0 ? state.loss : upsampleLoss(state.problem, kernel, bias);
  const next: TrainerState = { ...state, step: state.step + n, kernel, bias, memory, loss };
  return {
    state: next,
    losses,
    loss,
    step: next.step,
    kernel: kernel.slice(),
    bias,
    distanceToBilinear: distanceToBilinear(kernel, state.kernelSize, state.stride),
  };
}

/** The current reconstruction: the transposed convolution of the pooled images, shaped like the originals' planes [N, 1, H, W]. */
export function trainerOutput(state: TrainerState): Tensor {
  const g = state.problem.geometry;
  return { shape: [g.batch, 1, g.xH, g.xW], data: upsampleForward(state.problem, state.kernel, state.bias) };
}

/**
 * ‖w − b‖₂ = √Σ (w[i] − b[i])² between a k×k kernel and fill("bilinear", k, k, {stride: s}), the
 * kernel with which this transposed convolution performs bilinear upsampling (FCN's init).
 */
export function distanceToBilinear(kernel: ArrayLike<number>, k: number, s: number): number {
  const b = fill("bilinear", k, k, { stride: s });
  let sq = 0;
  for (let i = 0; i < b.length; i++) sq += (kernel[i] - b[i]) ** 2;
  return Math.sqrt(sq);
}

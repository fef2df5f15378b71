import { refusalMaker } from "./problem";

/** The problems optimizer.ts raises (see core/problem.ts). */
export const OPTIMIZER_PROBLEMS = {
  "optimizer.learningRate": ["got"],
  "optimizer.unit": ["field", "got"],
  "optimizer.epsilon": ["got"],
  "optimizer.kind": ["got"],
} as const;

const refuse = /* @__PURE__ */ refusalMaker(OPTIMIZER_PROBLEMS);

/** The gradient-descent rules the learned-upsampling lab offers. */
export type OptimizerConfig =
  | {
      kind: "adam";
      learningRate: number;
      /** Decay of the first-moment average (default 0.9). */
      beta1?: number;
      /** Decay of the second-moment average (default 0.999). */
      beta2?: number;
      /** Added to the denominator (default 1e−8). */
      epsilon?: number;
    }
  | {
      kind: "momentum";
      learningRate: number;
      /** Momentum factor μ (default 0.9). */
      momentum?: number;
    };

/** Per-parameter optimizer memory: the step count, Adam's two moments or the momentum buffer (in m). */
export interface OptimizerState {
  t: number;
  m: Float64Array;
  v: Float64Array;
}

/** Fresh optimizer memory for `n` parameters. Throws a RangeError for an invalid setting. */
export function optimizerState(config: OptimizerConfig, n: number): OptimizerState {
  const lr = config.learningRate;
  if (typeof lr !== "number" || !Number.isFinite(lr) || lr <= 0) {
    throw refuse("optimizer.learningRate", { got: String(lr) }, `learning rate must be a finite number > 0 (got ${String(lr)})`);
  }
  const unit = (name: string, v: number | undefined) => {
    if (v !== undefined && !(v >= 0 && v < 1)) throw refuse("optimizer.unit", { field: name, got: v }, `${name} must be in [0, 1) (got ${v})`);
  };
  if (config.kind === "adam") {
    unit("beta1", config.beta1);
    unit("beta2", config.beta2);
    if (config.epsilon !== undefined && !(config.epsilon > 0)) {
      throw refuse("optimizer.epsilon", { got: config.epsilon }, `epsilon must be > 0 (got ${config.epsilon})`);
    }
  } else if (config.kind === "momentum") {
    unit("momentum", config.momentum);
  } else {
    throw refuse("optimizer.kind", { got: String((config as { kind: unknown }).kind) }, `optimizer must be adam or momentum (got ${String((config as { kind: unknown }).kind)})`);
  }
  return { t: 0, m: new Float64Array(n), v: new Float64Array(config.kind === "adam" ? n : 0) };
}

/** A deep copy, so a chunk of steps can run on its own memory and leave the caller's untouched. */
export function cloneOptimizerState(s: OptimizerState): OptimizerState {
  return { t: s.t, m: s.m.slice(), v: s.v.slice() };
}

/**
 * One update of `params` from `grad`, in place (params and state both change).
 * - adam (Kingma & Ba 2015, as torch.optim.Adam computes it): m ← β₁m + (1−β₁)g,
 *   v ← β₂v + (1−β₂)g², θ ← θ − (lr / (1−β₁ᵗ)) · m / (√v / √(1−β₂ᵗ) + ε).
 * - momentum (torch.optim.SGD with momentum μ, no dampening): b ← μb + g (b = g on the first
 *   step), θ ← θ − lr · b.
 */
export function optimizerStep(
  config: OptimizerConfig,
  state: OptimizerState,
  params: Float64Array,
  grad: Float64Array,
): void {
  state.t++;
  const lr = config.learningRate;
  const n = params.length;
  if (config.kind === "adam") {
    const b1 = config.beta1 ?? 0.9;
    const b2 = config.beta2 ?? 0.999;
    const eps = config.epsilon ?? 1e-8;
    const c1 = 1 - b1 ** state.t;
    const c2 = Math.sqrt(1 - b2 ** state.t);
    const stepSize = lr / c1;
    for (let i = 0; i < n; i++) {
      const g = grad[i];
      state.m[i] = b1 * state.m[i] + (1 - b1) * g;
      state.v[i] = b2 * state.v[i] + (1 - b2) * g * g;
      params[i] -= (stepSize * state.m[i]) / (Math.sqrt(state.v[i]) / c2 + eps);
    }
  } else {
    const mu = config.momentum ?? 0.9;
    for (let i = 0; i < n; i++) {
      state.m[i] = state.t === 1 ? grad[i] : mu * state.m[i] + grad[i];
      params[i] -= lr * state.m[i];
    }
  }
}

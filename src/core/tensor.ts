import { ProblemError } from "./problem";

/** The problems tensor.ts raises (see core/problem.ts). */
export const TENSOR_PROBLEMS = { "tensor.nested": ["got"] } as const;

/** A dense tensor: row-major float64 data with its shape. Activations are [N,C,H,W] or [C,H,W]. */
export interface Tensor {
  shape: number[];
  data: Float64Array;
}

/** Number of elements a shape holds (the product of its dimensions). */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** A zero-filled tensor of the given shape. */
export function zeros(shape: readonly number[]): Tensor {
  return { shape: [...shape], data: new Float64Array(sizeOf(shape)) };
}

/** Builds a tensor from nested arrays (rows of numbers), inferring the shape. Handy in tests and presets. */
export function fromNested(nested: unknown): Tensor {
  const shape: number[] = [];
  let level: unknown = nested;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  const flat = (nested as unknown[]).flat(Infinity as 1) as unknown[];
  if (flat.length !== sizeOf(shape) || flat.some((v) => typeof v !== "number")) {
    throw new ProblemError(
      { code: "tensor.nested", values: { got: `[${shape.join(", ")}]` } },
      `nested array must be rectangular and numeric (got shape [${shape.join(", ")}])`,
    );
  }
  return { shape, data: Float64Array.from(flat as number[]) };
}

/** Nested arrays from a tensor, for printing and comparison. */
export function toNested(t: Tensor): unknown[] {
  const build = (dim: number, offset: number): unknown[] => {
    const len = t.shape[dim];
    const stride = sizeOf(t.shape.slice(dim + 1));
    const out: unknown[] = [];
    for (let i = 0; i < len; i++) {
      out.push(dim === t.shape.length - 1 ? t.data[offset + i] : build(dim + 1, offset + i * stride));
    }
    return out;
  };
  return t.shape.length === 0 ? [] : build(0, 0);
}

import { fill, mulberry32 } from "../../core";
import { checkWhole, refuseJob } from "../jobProblems";
import type { KernelSpec } from "./protocol";

/** Largest kernel side the image jobs accept: 16×16 is 256 weights per output block. */
export const MAX_KERNEL = 16;

/**
 * The weights of a KernelSpec for stride s, k·k row-major (see KernelSpec for each kind). Throws
 * a RangeError naming the field and the rule for a bad size or value list.
 */
export function resolveKernel(spec: KernelSpec, stride: number): Float64Array {
  const k = spec.size;
  checkWhole("kernelSize", k, 1, MAX_KERNEL);
  const n = k * k;
  const target = stride * stride;
  switch (spec.kind) {
    case "bilinear":
      return Float64Array.from(fill("bilinear", k, k, { stride }));
    case "constant":
      return new Float64Array(n).fill(target / n);
    case "random": {
      if (!Number.isInteger(spec.seed)) throw refuseJob("job.seed", { got: spec.seed }, `seed must be a whole number (got ${spec.seed})`);
      const rand = mulberry32(spec.seed);
      const w = Float64Array.from({ length: n }, () => rand());
      let sum = 0;
      for (const v of w) sum += v;
      // mulberry32 gives 0 for at most one draw in 2³², so the sum is positive
      for (let i = 0; i < n; i++) w[i] *= target / sum;
      return w;
    }
    case "values": {
      if (spec.values.length !== n) {
        throw refuseJob("job.kernelValues", { count: n, got: spec.values.length }, `kernel must hold k·k = ${n} values (got ${spec.values.length})`);
      }
      const bad = spec.values.findIndex((v) => !Number.isFinite(v));
      if (bad >= 0) {
        throw refuseJob("job.kernelValue", { index: bad + 1, got: String(spec.values[bad]) }, `kernel value ${bad + 1} must be a finite number (got ${spec.values[bad]})`);
      }
      return Float64Array.from(spec.values);
    }
  }
}

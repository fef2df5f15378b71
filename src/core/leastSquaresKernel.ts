import type { UpsampleProblem } from "./upsampleLoss";
import { upsampleLoss } from "./upsampleLoss";

/** The kernel and bias that minimise a problem's MSE exactly, with that minimum. */
export interface LeastSquaresKernel {
  kernel: Float64Array;
  bias: number;
  loss: number;
}

/**
 * The exact minimiser of the learned-upsampling MSE, where gradient descent is heading. The output
 * is linear in θ = (w, b): x̂(o) = φ(o)·θ with φ_{ky,kx}(o) = y[iy, ix] for the one input cell that
 * tap reaches o from (0 if none) and φ_b = 1, so the minimiser solves the normal equations
 * (Σ_o φφᵀ) θ = Σ_o φ·x(o) over the cells o of the problem's region (Gauss). Solved by Gaussian elimination with partial pivoting, after
 * adding 10⁻¹² · mean diagonal to the diagonal so that a tap no output ever uses gets weight 0
 * instead of making the system singular. Cost: O(M · (k²/s² + 1)²) to build, O(k⁶) to solve.
 */
export function leastSquaresKernel(problem: UpsampleProblem): LeastSquaresKernel {
  const { geometry: g, inputs: y, targets: x } = problem;
  const { xH, xW, yH, yW, kH, kW, sH, sW, pH, pW } = g;
  const n = kH * kW + 1;
  const G = new Float64Array(n * n);
  const r = new Float64Array(n);
  const idx = new Int32Array(n);
  const val = new Float64Array(n);
  const [y0, y1, x0, x1] = problem.region;
  for (let b = 0; b < g.batch; b++) {
    for (let oy = y0; oy < y1; oy++) {
      for (let ox = x0; ox < x1; ox++) {
        let m = 0;
        for (let ky = 0; ky < kH; ky++) {
          const ty = oy + pH - ky;
          if (ty < 0 || ty % sH !== 0 || ty / sH >= yH) continue;
          const yRow = (b * yH + ty / sH) * yW;
          for (let kx = 0; kx < kW; kx++) {
            const tx = ox + pW - kx;
            if (tx < 0 || tx % sW !== 0 || tx / sW >= yW) continue;
            idx[m] = ky * kW + kx;
            val[m] = y[yRow + tx / sW];
            m++;
          }
        }
        idx[m] = n - 1;
        val[m] = 1;
        m++;
        const target = x[(b * xH + oy) * xW + ox];
        for (let i = 0; i < m; i++) {
          r[idx[i]] += val[i] * target;
          for (let j = 0; j < m; j++) G[idx[i] * n + idx[j]] += val[i] * val[j];
        }
      }
    }
  }
  let trace = 0;
  for (let i = 0; i < n; i++) trace += G[i * n + i];
  const ridge = (1e-12 * trace) / n;
  for (let i = 0; i < n; i++) G[i * n + i] += ridge;
  const theta = solve(G, r, n);
  const kernel = theta.slice(0, n - 1);
  const bias = theta[n - 1];
  return { kernel, bias, loss: upsampleLoss(problem, kernel, bias) };
}

/** Solves A·z = b for a dense n×n A (row-major; A and b are overwritten). */
function solve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let i = c + 1; i < n; i++) if (Math.abs(A[i * n + c]) > Math.abs(A[piv * n + c])) piv = i;
    if (piv !== c) {
      for (let j = 0; j < n; j++) {
        const t = A[c * n + j];
        A[c * n + j] = A[piv * n + j];
        A[piv * n + j] = t;
      }
      const t = b[c];
      b[c] = b[piv];
      b[piv] = t;
    }
    const d = A[c * n + c];
    for (let i = c + 1; i < n; i++) {
      const f = A[i * n + c] / d;
      if (f === 0) continue;
      for (let j = c; j < n; j++) A[i * n + j] -= f * A[c * n + j];
      b[i] -= f * b[c];
    }
  }
  const z = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let acc = b[i];
    for (let j = i + 1; j < n; j++) acc -= A[i * n + j] * z[j];
    z[i] = acc / A[i * n + i];
  }
  return z;
}

import { checkerboardRule, coverageMap, coverageMap1d, type CoverageLayer } from "../../core";
import { checkWhole, refuseJob, type JOB_FIELD_NAMES } from "../jobProblems";
import type { CoverageJob, CoverageResult } from "./protocol";
import { MAX_LAYERS, MAX_STRIDE } from "./runArtifact";
import { MAX_KERNEL } from "./resolveKernel";

/** Largest side of a coverage map the job builds (1024² cells is 8 MB of counts). */
export const MAX_COVERAGE_SIDE = 1024;

/** The layers of a coverage job: `layers` × (k, s), then (smooth, 1) when smooth > 0. */
export function coverageLayers(job: Pick<CoverageJob, "kernelSize" | "stride" | "layers" | "smooth">): CoverageLayer[] {
  const out: CoverageLayer[] = Array.from({ length: job.layers }, () => ({ kernel: job.kernelSize, stride: job.stride }));
  if (job.smooth > 0) out.push({ kernel: job.smooth, stride: 1 });
  return out;
}

/**
 * Coverage maps after each layer of the stack, in 1D and 2D, and the one-layer rule (core's
 * coverageMap, coverageMap1d and checkerboardRule). Cost: one all-ones transposed convolution per
 * prefix, O(cells · k²) each; the last 2D map dominates.
 */
export function runCoverage(job: CoverageJob): CoverageResult {
  const checks: [keyof typeof JOB_FIELD_NAMES, number, number, number][] = [
    ["kernelSize", job.kernelSize, 1, MAX_KERNEL],
    ["stride", job.stride, 1, MAX_STRIDE],
    ["layers", job.layers, 1, MAX_LAYERS],
    ["smoothKernelSize", job.smooth, 0, MAX_KERNEL],
    ["inputSize1d", job.size1d, 1, 64],
    ["inputSize2d", job.size2d, 1, 64],
  ];
  for (const [field, v, lo, hi] of checks) checkWhole(field, v, lo, hi);
  const layers = coverageLayers(job);
  // o = (i − 1)·s + k per layer (padding 0): refuse before allocating a map too large to draw
  const side = layers.reduce((n, l) => (n - 1) * l.stride + l.kernel, Math.max(job.size1d, job.size2d));
  if (side > MAX_COVERAGE_SIDE) {
    throw refuseJob(
      "job.coverageTooWide",
      { side, limit: MAX_COVERAGE_SIDE },
      `the coverage map would be ${side} cells wide, over the limit of ${MAX_COVERAGE_SIDE}: use fewer layers or a smaller stride`,
    );
  }
  const rule = checkerboardRule(job.kernelSize, job.stride);
  const prefixes = layers.map((_, i) => layers.slice(0, i + 1));
  return {
    rule,
    stages1d: prefixes.map((p) => coverageMap1d(p, job.size1d)),
    stages2d: prefixes.map((p) => coverageMap(p, job.size2d, job.size2d)),
  };
}

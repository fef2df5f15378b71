import { describe, expect, test } from "vitest";
import type { ArtifactJob } from "../../../src/worker/image/protocol";
import { resolveKernel } from "../../../src/worker/image/resolveKernel";
import { MAX_LAYERS, MAX_STRIDE, runArtifact } from "../../../src/worker/image/runArtifact";

const flat = (patch: Partial<ArtifactJob> = {}): ArtifactJob => ({
  source: { kind: "pattern", pattern: "flat", width: 32, height: 32 },
  color: "gray",
  kernelSize: 3,
  stride: 2,
  layers: 1,
  smooth: 0,
  weights: { kind: "constant" },
  ...patch,
});

/** The distinct grey levels of a picture away from a border of `margin` pixels. */
function interior(p: { width: number; height: number; rgba: Uint8ClampedArray }, margin: number): number[] {
  const values = new Set<number>();
  for (let y = margin; y < p.height - margin; y++) for (let x = margin; x < p.width - margin; x++) values.add(p.rgba[4 * (y * p.width + x)]);
  return [...values].sort((a, b) => a - b);
}

describe("runArtifact: pool by s^layers, then upsample back two ways", () => {
  test("a 32×32 source at s = 2 and 2 layers is pooled to 8×8 and both stacks give 32×32 back", () => {
    const art = runArtifact(flat({ layers: 2 }));
    expect([art.input.width, art.input.height]).toEqual([8, 8]);
    expect([art.transposed.width, art.transposed.height]).toEqual([32, 32]);
    expect([art.resize.width, art.resize.height]).toEqual([32, 32]);
  });

  test("the kernel it reports is the resolved constant or seeded random kernel", () => {
    expect(Array.from(runArtifact(flat()).kernel)).toEqual(Array.from(resolveKernel({ kind: "constant", size: 3 }, 2)));
    const random = runArtifact(flat({ weights: { kind: "random", seed: 4 } }));
    expect(Array.from(random.kernel)).toEqual(Array.from(resolveKernel({ kind: "random", size: 3, seed: 4 }, 2)));
  });

  test("k = 4, s = 2 (k divisible by s) leaves a flat image flat: no grid to paint", () => {
    const art = runArtifact(flat({ kernelSize: 4 }));
    expect(interior(art.transposed, 4)).toEqual([128]);
    expect(interior(art.resize, 4)).toEqual([128]);
  });

  test("a final stride-1 smoothing layer evens out k = 3, s = 2's grid", () => {
    const grid = interior(runArtifact(flat()).transposed, 4);
    const smoothed = interior(runArtifact(flat({ smooth: 2 })).transposed, 4);
    expect(grid).toEqual([57, 114, 228]);
    expect(smoothed.length).toBeGreaterThan(0);
    expect(smoothed[smoothed.length - 1] - smoothed[0]).toBeLessThan(grid[grid.length - 1] - grid[0]);
  });

  test("strides outside 1..8 and layer counts outside 1..3 are refused", () => {
    expect([MAX_STRIDE, MAX_LAYERS]).toEqual([8, 3]);
    for (const bad of [{ stride: 0 }, { stride: 9 }, { stride: 1.5 }, { layers: 0 }, { layers: 4 }]) {
      expect(() => runArtifact(flat(bad)), JSON.stringify(bad)).toThrow(RangeError);
    }
  });
});

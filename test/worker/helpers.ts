import type { ExploreParams, Tensor } from "../../src/core";
import { reversed, seedParams, toExploreParams } from "../../src/params/explorerParams";

export const SEED_Y: Tensor = { shape: [1, 2, 2], data: Float64Array.from([18, 27, 18, 27]) };

export function seedConv(): ExploreParams {
  return toExploreParams(seedParams());
}

export function seedReverse(): ExploreParams {
  return toExploreParams(reversed(seedParams(), SEED_Y.data));
}

export function rows(data: ArrayLike<number>, w: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < data.length; i += w) out.push(Array.from(data).slice(i, i + w));
  return out;
}

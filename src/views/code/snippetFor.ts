import type { ExploreParams } from "../../core";
import { pytorchSnippet } from "../../format/pytorchSnippet";
import type { ExplorerParams } from "../../params/explorerParams";

/**
 * The snippet for what was computed. `explored` already carries the flipped weight when the
 * person chose true convolution; the snippet then shows the weight as typed (`from.weight`) and
 * the torch.flip line, so it reads like the app and computes exactly `explored`.
 */
export function snippetFor(explored: ExploreParams, from: ExplorerParams): string {
  if (!from.flip) return pytorchSnippet(explored, false);
  return pytorchSnippet({ ...explored, weight: { shape: [...explored.weight.shape], data: from.weight } }, true);
}

import type { Problem } from "../../core/problem";
import type { AppStore } from "../../store";
import type { UrlState } from "../../url/state";

/**
 * Opens a preset in the explorer the way a link would: its granularity, views and parameters
 * (copied, so an edit never reaches the preset list), then its step once the new trace has been
 * computed (the step only has a meaning against that trace). Returns the refusal, if any.
 */
export function loadPreset(store: AppStore, state: UrlState): Problem | null {
  const s = store.getState();
  const params = { ...state.params, input: state.params.input.slice(), weight: state.params.weight.slice(), bias: state.params.bias?.slice() ?? null };
  s.setGranularity(state.granularity);
  s.setViews(state.views);
  s.setFocus(null);
  const problem = s.loadParams(params);
  if (problem) return problem;
  if (state.step >= 0) {
    const stop = store.subscribe((next) => {
      if (next.params !== params) stop();
      else if (next.exploredFrom === params) {
        stop();
        next.setStep(state.step);
      }
    });
  }
  s.setPage("explorer");
  return null;
}

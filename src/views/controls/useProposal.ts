import { useMemo } from "react";
import { problemOf, withChange, type ExplorerParams } from "../../params/explorerParams";
import { reportOf, type Report } from "../../core/problem";
import { useAppStoreApi } from "../../store";

type Patch = Partial<ExplorerParams>;

export interface Proposal {
  /** Applies the patch through the store (which validates it); the refusal, or null when applied. */
  propose: (patch: Patch) => Report | null;
  /** The rule the patch would break, without applying it: the same check the store runs. */
  check: (patch: Patch) => Report | null;
}

/**
 * The controls' one way into the store. Both calls are guarded so that no keystroke can throw
 * out of a control, whatever the store or the params model do with it.
 */
export function useProposal(): Proposal {
  const api = useAppStoreApi();
  return useMemo(
    () => ({
      propose: (patch) => {
        try {
          return api.getState().setParams(patch);
        } catch (error) {
          return reportOf(error);
        }
      },
      check: (patch) => {
        try {
          // A stepper probes sizes and strides: the values it resizes are valid already, only a patch of values needs their check.
          return problemOf(withChange(api.getState().params, patch), { values: "input" in patch || "weight" in patch || "bias" in patch });
        } catch (error) {
          return reportOf(error);
        }
      },
    }),
    [api],
  );
}

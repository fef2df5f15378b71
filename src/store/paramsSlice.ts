import type { Mode } from "../core";
import { problemMaker, type Problem } from "../core/problem";
import {
  problemOf,
  reversed,
  seedParams,
  withChange,
  type ExplorerParams,
} from "../params/explorerParams";
import type { SliceCreator } from "./types";

/** The problems the params slice itself reports (see core/problem.ts). */
export const PARAMS_SLICE_PROBLEMS = { "cell.missing": ["field", "index"] } as const;

const problem = problemMaker(PARAMS_SLICE_PROBLEMS);

/** A grid whose values a person can edit. */
export type EditableGrid = "input" | "kernel" | "bias";

/** What to explore, in the terms a person edits; every change is validated before it is kept. */
export interface ParamsSlice {
  params: ExplorerParams;
  /**
   * The parameters these were reversed from, so that switching direction back restores them
   * exactly (the conv input x, not conv(x′)); cleared by any edit.
   */
  reversedFrom: ExplorerParams | null;
  /** Why the last proposed change was refused (the last valid parameters stay); null when accepted. */
  paramsProblem: Problem | null;
  /**
   * Proposes a change of sizes, geometry, channels or values (grids resize, keeping their values).
   * Applies it and recomputes when the core accepts it; otherwise keeps the last valid parameters
   * and returns (and stores) the rule that refused it.
   */
  setParams: (patch: Partial<ExplorerParams>) => Problem | null;
  /** Sets one value of the input, the kernel or the bias (flat row-major index). */
  setValue: (grid: EditableGrid, index: number, value: number) => Problem | null;
  /** Forgets a refusal the person has dismissed (Esc, or leaving the field). */
  clearParamsProblem: () => void;
  /** Replaces parameters wholesale (a link, a preset); refused like setParams when invalid. */
  loadParams: (params: ExplorerParams) => Problem | null;
  /** Runs the same connectivity the other way: the current output becomes the input. */
  setMode: (mode: Mode) => Promise<void>;
  /** Back to the seed example, in conv mode. */
  resetToSeed: () => void;
}

export const createParamsSlice: SliceCreator<ParamsSlice> = (set, get) => {
  const accept = (params: ExplorerParams, reversedFrom: ExplorerParams | null): Problem | null => {
    const refused = problemOf(params);
    if (refused) {
      set({ paramsProblem: refused });
      return refused;
    }
    set({ params, reversedFrom, paramsProblem: null });
    void get().compute();
    return null;
  };
  return {
    params: seedParams(),
    reversedFrom: null,
    paramsProblem: null,
    setParams: (patch) => accept(withChange(get().params, patch), null),
    setValue: (grid, index, value) => {
      const p = get().params;
      const key = grid === "input" ? "input" : grid === "kernel" ? "weight" : "bias";
      const current = p[key];
      if (!current || !Number.isInteger(index) || index < 0 || index >= current.length) {
        const missing = problem("cell.missing", { field: grid, index });
        set({ paramsProblem: missing });
        return missing;
      }
      const next = current.slice();
      next[index] = value;
      return accept({ ...p, [key]: next }, null);
    },
    clearParamsProblem: () => set({ paramsProblem: null }),
    loadParams: (params) => accept(params, null),
    setMode: async (mode) => {
      const { params, reversedFrom } = get();
      if (mode === params.mode) return;
      get().resetPlayback();
      if (reversedFrom && reversedFrom.mode === mode) {
        accept(reversedFrom, params);
        return;
      }
      if (get().exploredFrom !== params) await get().compute();
      const s = get();
      if (s.exploredFrom !== params || !s.exploration) return; // refused or superseded: nothing to reverse
      accept(reversed(params, s.exploration.output.data), params);
    },
    resetToSeed: () => {
      get().resetPlayback();
      accept(seedParams(), null);
    },
  };
};

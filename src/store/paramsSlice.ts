import { problemMaker, type Problem } from "../core/problem";
import {
  problemOf,
  reversed,
  seedParams,
  withChange,
  type ExplorerParams,
} from "../params/explorerParams";
import type { ParamsSlice, SliceCreator } from "./types";

/** The problems the params slice itself reports (see core/problem.ts). */
export const PARAMS_SLICE_PROBLEMS = { "cell.missing": ["field", "index"] } as const;

const problem = /* @__PURE__ */ problemMaker(PARAMS_SLICE_PROBLEMS);

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

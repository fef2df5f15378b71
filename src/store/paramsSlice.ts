import type { Mode, Tensor } from "../core";
import { seedConfig, type ConvConfig } from "./config";
import type { SliceCreator } from "./types";

/** What to explore: the convolution and which direction of it. */
export interface ParamsSlice {
  mode: Mode;
  config: ConvConfig;
  /** The conv's output y for `config`, which the reverse scatters; null until computed. */
  convOutput: Tensor | null;
  /** Switches direction; the reverse takes the conv's output as its input. */
  setMode: (mode: Mode) => void;
  /** Changes the convolution; the linked reverse input is recomputed from it. */
  updateConfig: (patch: Partial<ConvConfig>) => void;
  /** Back to the seed example, in conv mode. */
  resetToSeed: () => void;
}

export const createParamsSlice: SliceCreator<ParamsSlice> = (set, get) => ({
  mode: "conv",
  config: seedConfig(),
  convOutput: null,
  setMode: (mode) => {
    if (mode === get().mode) return;
    set({ mode });
    get().resetPlayback();
    void get().compute();
  },
  updateConfig: (patch) => {
    set({ config: { ...get().config, ...patch }, convOutput: null });
    void get().compute();
  },
  resetToSeed: () => {
    set({ mode: "conv", config: seedConfig(), convOutput: null });
    void get().compute();
  },
});

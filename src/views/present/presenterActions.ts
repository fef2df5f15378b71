import type { Problem } from "../../core/problem";
import { LIMITS } from "../../params/limits";
import type { AppStore } from "../../store";

/** A parameter the presenter changes from the keyboard: both axes together, by one. */
export type PresenterParam = "kernel" | "stride" | "padding";

/**
 * Steps a parameter by `by` on both axes (a square kernel, stride and padding are what a lecture
 * shows), within its LIMITS row. The store validates the result: its refusal comes back (and
 * nothing changes), or null when it was applied or the limit stops it.
 */
export function stepParam(api: AppStore, param: PresenterParam, by: 1 | -1): Problem | null {
  const s = api.getState();
  const p = s.params;
  if (param === "kernel") {
    const k = Math.min(LIMITS.kernel.max, Math.max(LIMITS.kernel.min, p.kH + by));
    return k === p.kH && k === p.kW ? null : s.setParams({ kH: k, kW: k });
  }
  const range = LIMITS[param];
  const [h] = param === "stride" ? p.stride : p.padding;
  const v = Math.min(range.max, Math.max(range.min, h + by));
  const patch = param === "stride" ? { stride: [v, v] as [number, number] } : { padding: [v, v] as [number, number] };
  return v === h ? null : s.setParams(patch);
}

/** Switches between the convolution and its reverse. */
export function flipDirection(api: AppStore): void {
  const s = api.getState();
  void s.setMode(s.params.mode === "conv" ? "transposed" : "conv");
}

import { act, renderHook } from "@testing-library/react";
import { createElement, type ReactNode } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { usePlaybackLoop } from "../../src/playback/usePlaybackLoop";
import { createAppStore, StoreProvider } from "../../src/store";

afterEach(() => vi.restoreAllMocks());

/** Runs the player for `ms` of 60 Hz frames at `speed` and counts its ticks. */
function ticksIn(speed: number, ms: number): number {
  let queued: ((t: number) => void) | null = null;
  vi.spyOn(window, "requestAnimationFrame").mockImplementation((cb) => {
    queued = cb;
    return 1;
  });
  vi.spyOn(window, "cancelAnimationFrame").mockImplementation(() => {
    queued = null;
  });
  vi.spyOn(performance, "now").mockReturnValue(0);
  const store = createAppStore();
  let ticks = 0;
  store.setState({ speed, playing: true, tick: () => void ticks++ });
  const wrapper = ({ children }: { children: ReactNode }) => createElement(StoreProvider, { store, children });
  renderHook(() => usePlaybackLoop(), { wrapper });
  act(() => {
    for (let f = 1; f <= Math.round((ms * 60) / 1000); f++) {
      const cb = queued;
      queued = null;
      cb?.(f * (1000 / 60));
    }
  });
  return ticks;
}

describe("the player's clock", () => {
  test("keeps its rate on a 60 Hz display: 8 steps/s give 24 steps in 3 s, not 22.5", () => {
    expect(ticksIn(8, 3000)).toBe(24);
  });

  test("never steps more than once a frame: 64 steps/s at 60 Hz give one step per frame", () => {
    expect(ticksIn(64, 1000)).toBe(60);
  });
});

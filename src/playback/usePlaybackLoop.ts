import { useEffect } from "react";
import { useAppStore, useAppStoreApi } from "../store";

type Frame = (callback: (now: number) => void) => number;

/**
 * The player's clock: while `playing`, one `tick()` every 1/speed seconds on animation frames
 * (a paused tab costs nothing). Only the step index changes; the views derive the rest.
 */
export function usePlaybackLoop(): void {
  const api = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const request: Frame =
      typeof requestAnimationFrame === "function" ? requestAnimationFrame : (cb) => window.setTimeout(() => cb(performance.now()), 16);
    const cancel = typeof cancelAnimationFrame === "function" ? cancelAnimationFrame : window.clearTimeout;
    const interval = 1000 / speed;
    let last = performance.now();
    let handle = 0;
    const loop = (now: number): void => {
      if (now - last >= interval) {
        // Keep the schedule rather than restart it from this frame (8 steps/s stays 8 at 60 Hz,
        // not 7.5), but never owe more than one step after a stall.
        last = Math.max(last + interval, now - interval);
        api.getState().tick();
      }
      if (api.getState().playing) handle = request(loop);
    };
    handle = request(loop);
    return () => cancel(handle);
  }, [api, playing, speed]);
}

import { describe, expect, test } from "vitest";
import { fasterSpeed, slowerSpeed, speedOptions, TIMELINE_SPEEDS } from "../../src/playback/speeds";

describe("timeline speeds", () => {
  test("faster and slower move one offered speed, and stay at the ends", () => {
    expect(fasterSpeed(1)).toBe(2);
    expect(fasterSpeed(16)).toBe(32);
    expect(fasterSpeed(64)).toBe(64);
    expect(slowerSpeed(1)).toBe(0.5);
    expect(slowerSpeed(0.5)).toBe(0.5);
    expect(fasterSpeed(3)).toBe(4);
    expect(slowerSpeed(3)).toBe(2);
  });

  test("a speed from elsewhere is offered too, in order", () => {
    expect(speedOptions(1)).toEqual([...TIMELINE_SPEEDS]);
    expect(speedOptions(0.25)).toEqual([0.25, ...TIMELINE_SPEEDS]);
    expect(speedOptions(3)).toEqual([0.5, 1, 2, 3, 4, 8, 16, 32, 64]);
  });
});

import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { READABLE_INTERVAL_MS, useReadable } from "../../../src/views/explorer/useReadable";
import { renderApp } from "../render";

afterEach(() => vi.restoreAllMocks());

function clock(start: number) {
  let now = start;
  vi.spyOn(performance, "now").mockImplementation(() => now);
  return (ms: number) => (now += ms);
}

describe("the written-out step at a readable rate", () => {
  test("follows every change while the player is slow or paused", () => {
    clock(1000);
    const { result, rerender } = renderHook(({ v, fast }) => useReadable(v, fast), { initialProps: { v: 1, fast: false } });
    for (const v of [2, 3, 4]) {
      rerender({ v, fast: false });
      expect(result.current).toBe(v);
    }
  });

  test("while the player runs fast, refreshes at most once per interval, and shows the latest value on pause", () => {
    const advance = clock(1000);
    const { result, rerender } = renderHook(({ v, fast }) => useReadable(v, fast), { initialProps: { v: 1, fast: true } });
    rerender({ v: 2, fast: true });
    expect(result.current).toBe(2); // the first change after a long pause shows at once
    advance(16);
    rerender({ v: 3, fast: true });
    expect(result.current).toBe(2);
    advance(16);
    rerender({ v: 4, fast: true });
    expect(result.current).toBe(2);
    advance(READABLE_INTERVAL_MS);
    rerender({ v: 5, fast: true });
    expect(result.current).toBe(5);
    advance(16);
    rerender({ v: 6, fast: true });
    expect(result.current).toBe(5);
    rerender({ v: 6, fast: false });
    expect(result.current).toBe(6);
  });

  test("the explorer marks itself as playing, which turns the cells' fades off", async () => {
    const { store } = renderApp();
    const explorer = () => document.querySelector(".explorer");
    await vi.waitFor(() => expect(explorer()).not.toBeNull());
    expect(explorer()?.hasAttribute("data-playing")).toBe(false);
    act(() => store.setState({ playing: true }));
    expect(explorer()?.getAttribute("data-playing")).toBe("true");
    act(() => store.setState({ playing: false }));
  });
});

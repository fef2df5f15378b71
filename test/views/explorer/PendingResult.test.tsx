import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { withChange } from "../../../src/params/explorerParams";
import { PENDING_NOTICE_MS } from "../../../src/views/explorer/usePending";
import { active, cells } from "../render";
import { openExplorer, params, values } from "./helpers";

const P = params({ mode: "transposed", inH: 3, inW: 3, input: values(9, 2), weight: values(9, 5), stride: [2, 2] });

describe("while a new result is computed, the views hold the last picture", () => {
  test("a step set meanwhile is drawn once the result is there, not on the old one", async () => {
    const { store } = await openExplorer(P);
    act(() => store.getState().setStep(0));
    expect(active("input")).toEqual(["0,0"]);

    act(() => store.setState({ loading: true, step: 4 }));
    expect(active("input")).toEqual(["0,0"]);
    expect(store.getState().step).toBe(4); // the timeline itself moved

    act(() => store.setState({ loading: false }));
    expect(active("input")).toEqual(["1,1"]);
  });

  test("a new configuration replaces the grids in one go once computed, at the step it came with", async () => {
    const { store } = await openExplorer(P);
    act(() => store.getState().setStep(1));
    act(() => store.getState().loadParams(withChange(P, { inH: 4, inW: 4 })));
    await waitFor(() => expect(cells("input").filter((el) => el.dataset.r !== undefined)).toHaveLength(16));
    expect(store.getState().loading).toBe(false);
    const step = store.getState().step;
    expect(active("input")).toEqual(step < 0 ? [] : [`${Math.floor(step / 4)},${step % 4}`]);
  });

  test("a refused computation lets the views follow the step again", async () => {
    const { store } = await openExplorer(P);
    act(() => store.setState({ loading: true }));
    act(() => store.setState({ loading: false, error: "the worker stopped", step: 2 }));
    expect(active("input")).toEqual(["0,2"]);
  });
});

describe("a result pending longer than a moment is announced, and the old picture is marked", () => {
  const views = () => document.querySelector(".views") as HTMLElement;

  test("new parameters whose result has not come: after a moment the notice names both sizes and the views are marked stale", async () => {
    const { store } = await openExplorer(P);
    vi.useFakeTimers();
    try {
      act(() => store.setState({ params: withChange(P, { inW: 4, input: values(12, 2) }), loading: true }));
      expect(screen.queryByTestId("compute-pending")).toBeNull(); // not in the first moment
      act(() => vi.advanceTimersByTime(PENDING_NOTICE_MS));
      expect(screen.getByTestId("compute-pending").textContent).toBe(
        "Computing the result for input 3×4… The views below still show the previous one, for input 3×3.",
      );
      expect(views().dataset.stale).toBe("true");
      expect(views().getAttribute("aria-busy")).toBe("true");
      act(() => store.setState({ loading: false, error: "refused" }));
      expect(screen.queryByTestId("compute-pending")).toBeNull();
      expect(views().dataset.stale).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  test("a request for the parameters already shown (a step, a recompute) says nothing", async () => {
    const { store } = await openExplorer(P);
    vi.useFakeTimers();
    try {
      act(() => store.setState({ loading: true }));
      act(() => vi.advanceTimersByTime(10 * PENDING_NOTICE_MS));
      expect(screen.queryByTestId("compute-pending")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test("a result the watchdog had to restart the worker for says so, until the next one", async () => {
    const { store } = await openExplorer(P);
    act(() => store.setState({ retried: true }));
    expect(screen.getByTestId("compute-restarted").textContent).toContain("restarted and asked again");
    act(() => store.setState({ retried: false }));
    expect(screen.queryByTestId("compute-restarted")).toBeNull();
  });
});

import { act, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { withChange } from "../../../src/params/explorerParams";
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

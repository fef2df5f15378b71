import { afterEach, describe, expect, test, vi } from "vitest";
import { withChange } from "../../src/params/explorerParams";
import { createAppStore } from "../../src/store";
import { encode } from "../../src/url/codec";
import { defaultUrlState } from "../../src/url/state";
import { COALESCE_MS, preferredLang, startUrlSync, STEP_WRITE_MS, urlStateOf } from "../../src/url/sync";

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
  window.history.replaceState(null, "", "/");
});

function open(query: string) {
  window.history.replaceState(null, "", `/${query}`);
  const store = createAppStore();
  stop = startUrlSync(store, window);
  return store;
}

const query = () => window.location.search.slice(1);

describe("URL sync", () => {
  test("a link sets the parameters, the step and the views, and the step survives the computation", async () => {
    const store = open("?v=1&mode=transposed&x=18,27;18,27&w=1,1,1;1,1,1;1,1,1&step=2&views=scatter,matrix&lang=zh-CN");
    const s = store.getState();
    expect([s.params.mode, s.params.inH, s.views, s.lang]).toEqual(["transposed", 2, ["scatter", "matrix"], "zh-CN"]);
    await store.getState().compute();
    expect(store.getState().step).toBe(2);
    expect(Array.from(store.getState().exploration!.output.data.slice(0, 4))).toEqual([18, 45, 45, 27]);
    expect(store.getState().notices).toEqual([]);
  });

  test("the address bar is completed at once, so it is always a full link", () => {
    open("");
    expect(query()).toBe(encode({ ...defaultUrlState(), lang: "en" }));
  });

  test("long grids are written into the fragment and read back from it, on start and on Back", () => {
    const store = open("");
    const input = Float64Array.from({ length: 4 * 32 * 32 }, (_, i) => ((i * 37) % 41) / 10 - 2);
    store.getState().loadParams({ ...withChange(store.getState().params, { inC: 4, inH: 32, inW: 32 }), input });
    expect(store.getState().params.input).toBe(input);
    expect(window.location.hash.startsWith("#z1.")).toBe(true);
    expect(query()).not.toContain("x=");
    expect(`${query()}${window.location.hash}`).toBe(encode(urlStateOf(store.getState())));
    const link = `?${query()}${window.location.hash}`;
    stop?.();
    const again = open(link);
    expect(Array.from(again.getState().params.input)).toEqual(Array.from(input));
    expect(again.getState().notices).toEqual([]);
  });

  test("a malformed link gives a working state and the list of repairs", () => {
    const store = open("?s=0&mode=upside&x=1,2;3");
    expect(store.getState().params.stride).toEqual([1, 1]);
    expect(store.getState().notices.map((f) => f.field)).toEqual(expect.arrayContaining(["s", "mode", "x"]));
  });

  test("parameter changes push one history entry per burst; step changes only replace", () => {
    vi.useFakeTimers();
    vi.setSystemTime(10_000);
    const store = open("");
    const before = window.history.length;
    store.getState().setParams({ inH: 5 });
    vi.setSystemTime(10_000 + 200);
    store.getState().setParams({ inW: 6 }); // the same burst: replaces the entry just pushed
    expect(window.history.length).toBe(before + 1);
    vi.setSystemTime(10_000 + 200 + COALESCE_MS + 1);
    store.getState().setParams({ inH: 6 }); // a new burst: a new entry
    expect(window.history.length).toBe(before + 2);
    expect(query()).toContain("x=1,2,3,4,0,0;");
    store.setState({ step: 3 });
    expect(query()).not.toContain("step=3");
    vi.advanceTimersByTime(STEP_WRITE_MS);
    expect(query()).toContain("step=3");
    expect(window.history.length).toBe(before + 2);
  });

  test("Back restores the previous state", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(50_000);
    const store = open("");
    vi.setSystemTime(60_000);
    store.getState().setParams({ stride: [2, 2] });
    expect(query()).toContain("s=2");
    window.history.back();
    await vi.waitFor(() => expect(store.getState().params.stride).toEqual([1, 1]));
  });

  test("a page setting change updates the link and pushes one history entry per burst", () => {
    vi.useFakeTimers();
    vi.setSystemTime(100_000);
    const store = open("?page=learn");
    // Counted by calls: a push after Back (an earlier test) truncates, so history.length can stay.
    const push = vi.spyOn(window.history, "pushState");
    store.getState().setPageSettings("learn", { seed: 7 });
    expect(query()).toContain("&tseed=7");
    expect(push).toHaveBeenCalledTimes(1);
    vi.setSystemTime(100_000 + 200);
    store.getState().setPageSettings("learn", { kernelSize: 3 }); // the same burst: replaces
    expect(query()).toMatch(/&tk=3&tseed=7$/);
    expect(push).toHaveBeenCalledTimes(1);
    vi.setSystemTime(100_000 + 200 + COALESCE_MS + 1);
    store.getState().setPageSettings("checkerboard", { kernelSize: 4 });
    expect(query()).toContain("&ck=4");
    expect(push).toHaveBeenCalledTimes(2);
    store.getState().setPageSettings("learn", { seed: 7 }); // no change: nothing written
    expect(push).toHaveBeenCalledTimes(2);
    push.mockRestore();
  });

  test("the lens following the pointer only replaces the entry, at most every STEP_WRITE_MS", () => {
    vi.useFakeTimers();
    vi.setSystemTime(200_000);
    const store = open("?page=upsample");
    const push = vi.spyOn(window.history, "pushState");
    store.getState().setPageSettings("upsample", { lensX: 0.2 });
    store.getState().setPageSettings("upsample", { lensX: 0.3, lensY: 0.61234 });
    expect(query()).not.toContain("lx=");
    vi.advanceTimersByTime(STEP_WRITE_MS);
    expect(query()).toMatch(/&lx=0\.3&ly=0\.612$/);
    expect(push).not.toHaveBeenCalled();
    push.mockRestore();
  });

  test("Back restores a page's settings and keeps the objects of pages that did not change", async () => {
    vi.useFakeTimers();
    vi.setSystemTime(300_000);
    const store = open("?page=learn&tseed=5");
    expect(store.getState().pageSettings.learn.seed).toBe(5);
    const learn = store.getState().pageSettings.learn;
    vi.setSystemTime(310_000);
    store.getState().setPageSettings("upsample", { scale: 4, kernelSize: 8 });
    expect(query()).toContain("&tseed=5&up=4&kk=8");
    window.history.back();
    await vi.waitFor(() => expect(store.getState().pageSettings.upsample.scale).toBe(2));
    expect(store.getState().pageSettings.upsample.kernelSize).toBe(4);
    expect(store.getState().pageSettings.learn).toBe(learn);
  });

  test("the language comes from the link, then from the browser", () => {
    expect(preferredLang(["zh-TW", "en"])).toBe("zh-CN");
    expect(preferredLang(["fr-FR", "en-GB"])).toBe("en");
    const store = open("?lang=en");
    expect(store.getState().lang).toBe("en");
    expect(urlStateOf(store.getState()).lang).toBe("en");
  });
});

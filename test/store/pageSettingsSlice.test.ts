import { describe, expect, test } from "vitest";
import { createAppStore } from "../../src/store";
import { defaultPageSettings } from "../../src/url/pageSettings";

describe("page settings in the store", () => {
  test("a fresh store holds every page's defaults", () => {
    expect(createAppStore().getState().pageSettings).toEqual(defaultPageSettings());
  });

  test("setPageSettings changes one page, normalized, and leaves the other pages' objects alone", () => {
    const store = createAppStore();
    const before = store.getState().pageSettings;
    store.getState().setPageSettings("checkerboard", { kernelSize: 12, layers: 2 });
    const after = store.getState().pageSettings;
    expect(after.checkerboard).toMatchObject({ kernelSize: 7, layers: 2 });
    expect(after.learn).toBe(before.learn);
    expect(after.upsample).toBe(before.upsample);
  });

  test("a patch that changes nothing does not notify subscribers", () => {
    const store = createAppStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.getState().setPageSettings("learn", { seed: 1, image: "camera" });
    expect(calls).toBe(0);
    stop();
  });
});

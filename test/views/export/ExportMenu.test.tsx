import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { TraceExport } from "../../../src/export/traceJson";
import { presetById } from "../../../src/presets/presets";
import { createAppStore, StoreProvider, type AppStoreOptions } from "../../../src/store";
import { decode } from "../../../src/url/codec";
import { ExportMenu } from "../../../src/views/export/ExportMenu";

let saved: { blob: Blob; name: string }[] = [];
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

/** jsdom's Blob has no text(): read it the old way. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  // jsdom has no object URLs: record the blob behind each, and the download each click asks for.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ blob: blobs.get(this.href)!, name: this.download });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

async function renderMenu(options: AppStoreOptions = {}) {
  const store = createAppStore(options);
  render(
    <StoreProvider store={store}>
      <ExportMenu />
    </StoreProvider>,
  );
  await waitFor(() => expect(store.getState().exploration).not.toBeNull());
  return store;
}

describe("the export menu", () => {
  test("offers JSON, SVG, PNG and GIF, enabled once the configuration is computed", async () => {
    await renderMenu();
    for (const name of ["Trace JSON", "SVG", "PNG", "GIF"]) {
      const button = screen.getByRole("button", { name });
      expect((button as HTMLButtonElement).disabled, name).toBe(false);
    }
    expect(screen.getByRole("region", { name: "Export" })).toBeTruthy();
  });

  test("Trace JSON downloads a Blob of the documented format, named after the configuration", async () => {
    const store = await renderMenu({ initial: { params: presetById("seedReverse").state.params } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Trace JSON" }));
    });
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe("transposed-2x2-k3-s1-trace.json");
    expect(saved[0].blob.type).toBe("application/json");
    const trace = JSON.parse(await textOf(saved[0].blob)) as TraceExport;
    expect(trace.format).toBe("transposed-conv-explorer.trace");
    expect(trace.output).toEqual(Array.from(store.getState().exploration!.output.data));
    expect(decode(trace.link!).state.params).toEqual(store.getState().params);
    expect(screen.getByRole("status").textContent).toMatch(/^Saved transposed-2x2-k3-s1-trace\.json \(\d/);
  });

  test("SVG downloads the current step, its number in the file name", async () => {
    const store = await renderMenu();
    act(() => store.getState().setStep(1));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "SVG" }));
    });
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe("conv-4x4-k3-s1-step2.svg");
    const svg = await textOf(saved[0].blob);
    expect(svg).toContain("Step 2 of 4: output y[0,1] = 27");
  });

  test("GIF under jsdom (no Worker, and no 2D canvas for the main-thread stand-in) says clearly that this browser cannot, and nothing breaks", async () => {
    await renderMenu();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "GIF" }));
    });
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("it has no canvas to paint the frames on"));
    expect(saved).toHaveLength(0);
    expect(document.querySelector("progress")).toBeNull();
    expect((screen.getByRole("button", { name: "SVG" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("in Chinese", async () => {
    await renderMenu({ initial: { lang: "zh-CN" } });
    expect(screen.getByRole("region", { name: "导出" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "步骤轨迹 JSON" })).toBeTruthy();
  });
});

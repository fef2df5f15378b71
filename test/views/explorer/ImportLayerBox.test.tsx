import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, test, vi } from "vitest";
import { seedParams, type ExplorerParams } from "../../../src/params/explorerParams";
import { createAppStore, StoreProvider } from "../../../src/store";
import { ImportLayerBox } from "../../../src/views/explorer/ImportLayerBox";

const NINE: ExplorerParams = { ...seedParams(), mode: "transposed", inH: 3, inW: 3, input: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]) };

async function renderBox(params: ExplorerParams = NINE) {
  const store = createAppStore({ initial: { params } });
  render(
    <StoreProvider store={store}>
      <ImportLayerBox />
    </StoreProvider>,
  );
  await act(() => store.getState().compute());
  return store;
}

// The parser is its own chunk, fetched on the first import (ImportLayerBox): loaded here up front,
// so an import settles within a task, as it does in the app once the chunk is here.
await import("../../../src/views/explorer/layerImport");
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function importText(store: ReturnType<typeof createAppStore>, text: string) {
  fireEvent.change(screen.getByTestId("import-text"), { target: { value: text } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
  });
  await settle();
  await act(() => store.getState().compute());
}

const grid = () =>
  Array.from(screen.getByTestId("import-grid").querySelectorAll("tr")).map((tr) =>
    Array.from(tr.querySelectorAll("td")).map((td) => (td.dataset.cropped ? `(${td.textContent})` : td.textContent)),
  );

describe("Import a layer", () => {
  test("Keras same at stride 2 sets PyTorch padding 0 and strikes out the last row and column of the full 7×7", async () => {
    const store = await renderBox();
    await importText(store, 'layers.Conv2DTranspose(1, 3, strides=2, padding="same")');
    const p = store.getState().params;
    expect([p.mode, p.stride, p.padding, p.outputPadding, p.kH]).toEqual(["transposed", [2, 2], [0, 0], [0, 0], 3]);
    expect(screen.getByTestId("import-crop").textContent).toContain("drops 0 row(s) at the top, 1 at the bottom, 0 column(s) at the left and 1 at the right");
    const g = grid();
    expect(g.length).toBe(7);
    expect(g[0]).toEqual(["1", "1", "3", "2", "5", "3", "(3)"]);
    expect(g[6]).toEqual(["(7)", "(7)", "(15)", "(8)", "(17)", "(9)", "(9)"]);
    expect(screen.getByText("The cells kept equal the layer's own output, computed separately.")).toBeTruthy();
  });

  test("PyTorch padding=1, output_padding=1 is exact: no crop", async () => {
    const store = await renderBox();
    await importText(store, "nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1, output_padding=1)");
    expect(store.getState().params.padding).toEqual([1, 1]);
    expect(screen.getByTestId("import-result").textContent).toContain("PyTorch's symmetric padding expresses it exactly.");
    expect(screen.queryByTestId("import-crop")).toBeNull();
    expect(grid()[0]).toEqual(["1", "3", "2", "5", "3", "3"]);
  });

  test("junk is refused with the problem's message, and the parameters stay", async () => {
    const store = await renderBox();
    const before = store.getState().params;
    await importText(store, "nn.Linear(3, 4)");
    expect(screen.getByTestId("import-problem").textContent).toBe(
      "Unknown layer nn.Linear: expected nn.Conv2d, nn.ConvTranspose2d, layers.Conv2D, layers.Conv2DTranspose, Conv or ConvTranspose.",
    );
    expect(store.getState().params).toBe(before);
  });

  test("a paste outside any field imports the layer", async () => {
    const store = await renderBox();
    await act(async () => {
      const e = new Event("paste", { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
      e.clipboardData = { getData: () => 'ConvTranspose(kernel_shape=[3,3], strides=[2,2], auto_pad="SAME_UPPER")' };
      document.body.dispatchEvent(e);
    });
    await settle();
    await act(() => store.getState().compute());
    expect((screen.getByTestId("import-text") as HTMLInputElement).value).toContain("SAME_UPPER");
    expect(store.getState().params.stride).toEqual([2, 2]);
    expect(screen.getByTestId("import-crop")).toBeTruthy();
  });

  test("a parser that cannot be fetched says so and keeps the text; Import tries again", async () => {
    vi.resetModules();
    vi.doMock("../../../src/views/explorer/layerImport", () => Promise.reject(new TypeError("Failed to fetch dynamically imported module")));
    const { ImportLayerBox: Box } = await import("../../../src/views/explorer/ImportLayerBox");
    const { createAppStore: makeStore, StoreProvider: Provider } = await import("../../../src/store");
    const store = makeStore({ initial: { params: NINE } });
    render(
      <Provider store={store}>
        <Box />
      </Provider>,
    );
    const before = store.getState().params;
    fireEvent.change(screen.getByTestId("import-text"), { target: { value: "nn.ConvTranspose2d(1, 1, 3, stride=2)" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Import" }));
    });
    await waitFor(() => expect(screen.getByTestId("import-unloaded").textContent).toContain("could not be loaded"));
    expect(store.getState().params).toBe(before);
    expect((screen.getByTestId("import-text") as HTMLInputElement).value).toBe("nn.ConvTranspose2d(1, 1, 3, stride=2)");
    vi.doUnmock("../../../src/views/explorer/layerImport");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Import" }));
    });
    await waitFor(() => expect(store.getState().params.stride).toEqual([2, 2]));
    expect(screen.queryByTestId("import-unloaded")).toBeNull();
  });
});
